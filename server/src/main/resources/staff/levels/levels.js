// The service-level dashboard (docs/standards.md): standards, conversations, satisfaction, peak
// hours and mentions for a period in a time zone. Every text from the server is set with
// textContent; charts are SVG built here.
(function () {
  'use strict';
  const SVG = 'http://www.w3.org/2000/svg';
  const ZONES = ['UTC', 'Europe/Athens', 'Europe/London', 'Asia/Manila', 'Asia/Ho_Chi_Minh', 'Asia/Riyadh', 'America/New_York'];
  const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const $ = (id) => document.getElementById(id);
  let query = '';
  let searchTimer = null;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, String(v)));
    return e;
  }

  function pct(x) {
    return x === null || x === undefined ? '–' : (Math.round(x * 1000) / 10) + '%';
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) return '–';
    if (seconds < 120) return Math.round(seconds) + ' s';
    if (seconds < 7200) return Math.round(seconds / 60) + ' min';
    return (Math.round(seconds / 360) / 10) + ' h';
  }

  function period() {
    const days = Number($('days').value);
    const until = new Date();
    const from = new Date(until.getTime() - days * 86400000);
    return { from: from.toISOString(), until: until.toISOString(), tz: $('tz').value };
  }

  function params(p, extra) {
    const q = new URLSearchParams({ from: p.from, until: p.until, tz: p.tz });
    Object.entries(extra || {}).forEach(([k, v]) => { if (v) q.set(k, v); });
    return q.toString();
  }

  async function get(path) {
    const r = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (r.status === 401) { location.href = '/login?next=' + encodeURIComponent(location.pathname); throw new Error('signed out'); }
    if (!r.ok) throw new Error(path.split('?')[0] + ': ' + r.status);
    return r.json();
  }

  // a line of values, e.g. the share within the limit per day
  function sparkline(values, max, label, second) {
    const w = 120, h = 28;
    const s = svg('svg', { viewBox: `0 0 ${w} ${h}`, width: w, height: h, role: 'img', 'aria-label': label });
    const line = (vals, colour) => {
      if (vals.length === 0) return;
      const step = vals.length > 1 ? w / (vals.length - 1) : 0;
      const points = vals.map((v, i) => `${(i * step).toFixed(1)},${(h - 2 - (max ? v / max : 0) * (h - 4)).toFixed(1)}`);
      if (vals.length === 1) points.push(`${w},${points[0].split(',')[1]}`);
      s.appendChild(svg('polyline', { points: points.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2 }));
    };
    line(values, '#1f3a5f');
    if (second) line(second, '#b3261e');
    return s;
  }

  // horizontal bars with their labels and counts written out
  function bars(container, items, label) {
    container.replaceChildren();
    const max = Math.max(1, ...items.map((i) => i.value));
    const rowH = 22, w = 480, labelW = 130;
    const s = svg('svg', { viewBox: `0 0 ${w} ${items.length * rowH}`, role: 'img', 'aria-label': label });
    items.forEach((item, i) => {
      const y = i * rowH;
      const t = svg('text', { x: 0, y: y + 15, 'font-size': 13, fill: '#1a1a1a' });
      t.textContent = item.label;
      s.appendChild(t);
      s.appendChild(svg('rect', { x: labelW, y: y + 4, height: 14, width: Math.max(1, (w - labelW - 50) * item.value / max), fill: '#1f3a5f' }));
      const n = svg('text', { x: w - 40, y: y + 15, 'font-size': 13, fill: '#1a1a1a' });
      n.textContent = String(item.value);
      s.appendChild(n);
    });
    container.appendChild(s);
  }

  function heat(table, byDay, caption) {
    table.replaceChildren();
    table.appendChild(el('caption', caption, 'visually-hidden'));
    const max = Math.max(1, ...DAYS.flatMap((d) => byDay[d] || []));
    const head = el('tr');
    head.appendChild(el('th', ''));
    for (let h = 0; h < 24; h++) { const th = el('th', String(h).padStart(2, '0')); th.scope = 'col'; head.appendChild(th); }
    const thead = el('thead'); thead.appendChild(head); table.appendChild(thead);
    const body = el('tbody');
    DAYS.forEach((d) => {
      const tr = el('tr');
      const th = el('th', d.charAt(0).toUpperCase() + d.slice(1, 3)); th.scope = 'row'; tr.appendChild(th);
      (byDay[d] || []).forEach((v, h) => {
        const td = el('td', v ? String(v) : '');
        td.dataset.day = d; td.dataset.hour = String(h);
        td.style.background = v ? `rgba(255, 140, 0, ${(0.1 + 0.5 * v / max).toFixed(2)})` : '';
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
  }

  function renderStandards(data) {
    const tbody = $('standards').querySelector('tbody');
    tbody.replaceChildren();
    data.standards.forEach((s) => {
      const tr = el('tr');
      const name = el('th', s.name); name.scope = 'row'; tr.appendChild(name);
      tr.appendChild(el('td', `${s.percentile}% within ${duration(s.limit_seconds)}`));
      tr.appendChild(el('td', s.counted ? `${pct(s.attained)} (${s.within} of ${s.counted})` : 'no cases'));
      tr.appendChild(el('td', duration(s.seconds_at_percentile)));
      tr.appendChild(el('td', s.met === null ? '–' : s.met ? 'Met' : 'Not met', s.met === null ? '' : s.met ? 'met' : 'missed'));
      const trend = el('td');
      trend.appendChild(sparkline(s.trend.map((d) => d.attained), 1, `${s.name}: share within the limit per day, `
        + s.trend.map((d) => `${d.date} ${pct(d.attained)}`).join(', ')));
      tr.appendChild(trend);
      const b = el('td');
      if (s.breaches.length === 0) {
        b.textContent = 'none';
      } else {
        const det = el('details');
        det.appendChild(el('summary', `${s.breaches.length} breach${s.breaches.length === 1 ? '' : 'es'}`));
        const ul = el('ul');
        s.breaches.forEach((x) => {
          const li = el('li', `${duration(x.seconds)} · `);
          const a = document.createElement('a');
          if (x.kind === 'mention') {
            a.href = `/staff/triage/#m-${x.id}`;
            a.textContent = `mention ${x.id}`;
          } else {
            a.href = `/staff/console/#conversation-${x.conversation_id}`;
            a.textContent = `conversation ${x.conversation_id}`;
          }
          li.appendChild(a);
          li.appendChild(document.createTextNode(`${x.still_open ? ' · still open' : ''} · `
            + new Date(x.at).toLocaleString(undefined, { timeZone: data.tz })));
          ul.appendChild(li);
        });
        det.appendChild(ul);
        b.appendChild(det);
      }
      tr.appendChild(b);
      tbody.appendChild(tr);
    });
  }

  function renderConversations(c) {
    const cards = $('chat-figures');
    cards.replaceChildren();
    [['Conversations', c.conversations], ['Answered by the bot alone', c.bot_alone], ['Handed to a person', c.handed_off],
      ['Resolved', c.resolved]].forEach(([label, n]) => {
      const li = el('li'); li.appendChild(el('strong', n)); li.appendChild(el('span', label)); cards.appendChild(li);
    });
    bars($('decisions'), [['Answered', 'answer'], ['Options offered', 'options'], ['Asked to say more', 'clarification'],
      ['Handed off', 'handoff']].map(([label, k]) => ({ label, value: c.decisions[k] || 0 })), "The bot's decisions");
    const tbody = $('entries').querySelector('tbody');
    tbody.replaceChildren();
    c.entries.forEach((e) => {
      const tr = el('tr');
      const th = el('th', e.faq_id); th.scope = 'row'; tr.appendChild(th);
      [e.answered, e.helpful, e.not_helpful, pct(e.helpful + e.not_helpful ? e.not_helpful_rate : null)]
        .forEach((v) => tr.appendChild(el('td', v)));
      tbody.appendChild(tr);
    });
    const o = c.satisfaction.overall;
    $('csat-average').textContent = o.count ? `Average ${o.average.toFixed(1)} of 10 from ${o.count} rating${o.count === 1 ? '' : 's'}`
      : 'No ratings in this period';
    bars($('csat-distribution'), o.distribution.map((n, i) => ({ label: `${i + 1} of 10`, value: n })), 'Ratings given, 1 to 10');
    [['csat-teams', c.satisfaction.by_team], ['csat-entries', c.satisfaction.by_entry]].forEach(([id, groups]) => {
      const body = $(id).querySelector('tbody');
      body.replaceChildren();
      Object.entries(groups).forEach(([name, r]) => {
        const tr = el('tr'); const th = el('th', name); th.scope = 'row'; tr.appendChild(th);
        tr.appendChild(el('td', r.count)); tr.appendChild(el('td', r.average === null ? '–' : r.average.toFixed(1)));
        body.appendChild(tr);
      });
    });
    renderComments(c.satisfaction.comments, c.tz);
    heat($('heat-chats'), c.messages_by_weekday_hour, `Visitors' messages by weekday and hour, ${c.tz}`);
  }

  function renderComments(comments, tz) {
    const ul = $('comments');
    ul.replaceChildren();
    if (comments.length === 0) { ul.appendChild(el('li', 'No comments.')); return; }
    comments.forEach((m) => ul.appendChild(el('li', `“${m.text}” — rated ${m.rating || '–'}, ${m.team}, `
      + new Date(m.at).toLocaleString(undefined, { timeZone: tz }))));
  }

  function renderMentions(m) {
    const tbody = $('terms').querySelector('tbody');
    tbody.replaceChildren();
    m.terms.forEach((t) => {
      const total = t.days.reduce((a, d) => a + d.mentions, 0);
      const tr = el('tr'); const th = el('th', t.term); th.scope = 'row'; tr.appendChild(th);
      tr.appendChild(el('td', t.kind)); tr.appendChild(el('td', total));
      tr.appendChild(el('td', t.days.reduce((a, d) => a + d.negative, 0)));
      tr.appendChild(el('td', t.days.reduce((a, d) => a + d.complaints, 0)));
      const cell = el('td');
      const max = Math.max(1, ...t.days.map((d) => d.mentions));
      cell.appendChild(sparkline(t.days.map((d) => d.mentions), max, `${t.term}: mentions per day (blue) and negative ones (red), `
        + t.days.map((d) => `${d.date} ${d.mentions}, ${d.negative} negative, ${d.positive} positive`).join('; '),
      t.days.map((d) => d.negative)));
      tr.appendChild(cell);
      tbody.appendChild(tr);
    });
    if (m.terms.length === 0) { const tr = el('tr'); const td = el('td', 'No mentions in this period.'); td.colSpan = 6; tr.appendChild(td); tbody.appendChild(tr); }
    heat($('heat-mentions'), m.mentions_by_weekday_hour, `Mentions by weekday and hour, ${m.tz}`);
  }

  function csvLinks(p) {
    document.querySelectorAll('a.csv').forEach((a) => {
      a.href = `/api/service-levels/conversations/${a.dataset.table}.csv?${params(p, { q: query })}`;
      a.setAttribute('aria-label', `Download ${a.dataset.table.replace('_', ' ')} as CSV`);
    });
  }

  // every table on the page can be saved as CSV: its header and cells as shown (RFC 4180; a cell
  // that a spreadsheet would take for a formula is prefixed with ')
  function cell(text) {
    let t = text.replace(/\s+/g, ' ').trim();
    if (/^[=+\-@]/.test(t) && !/^-?\d/.test(t)) t = "'" + t;
    return /[",\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  }

  function tableCsv(table) {
    return [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => cell(c.textContent)).join(',')).join('\r\n') + '\r\n';
  }

  function csvButtons() {
    document.querySelectorAll('main table').forEach((table) => {
      if (table.previousElementSibling && table.previousElementSibling.classList.contains('save-csv')) return;
      const holder = table.parentElement.classList.contains('scroll') ? table.parentElement : table;
      if (holder.previousElementSibling && holder.previousElementSibling.classList.contains('save-csv')) return;
      const b = el('button', 'Save this table as CSV', 'save-csv quiet');
      b.type = 'button';
      b.dataset.table = table.id;
      b.addEventListener('click', () => {
        const url = URL.createObjectURL(new Blob([tableCsv(table)], { type: 'text/csv' }));
        const a = document.createElement('a');
        a.href = url; a.download = table.id + '.csv';
        document.body.appendChild(a); a.click(); a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      });
      holder.parentElement.insertBefore(b, holder);
    });
  }

  window.switchboardTableCsv = (id) => tableCsv($(id));

  async function load() {
    const p = period();
    $('status').textContent = 'Loading…';
    try {
      const [standards, chats, mentions, shifts] = await Promise.all([
        get('/api/service-levels/standards?' + params(p)),
        get('/api/service-levels/conversations?' + params(p, { q: query })),
        get('/api/service-levels/mentions?' + params(p)).catch(() => ({ terms: [], mentions_by_weekday_hour: {}, tz: p.tz })),
        get('/api/service-levels/agents-on-shift?' + new URLSearchParams({ tz: p.tz }))]);
      renderStandards(standards);
      csvButtons();
      renderConversations(chats);
      renderMentions(mentions);
      heat($('heat-agents'), shifts.agents_by_weekday_hour, `People on shift by weekday and hour, ${shifts.tz}`);
      csvLinks(p);
      $('status').textContent = `Showing ${new Date(p.from).toLocaleString(undefined, { timeZone: p.tz })} to `
        + `${new Date(p.until).toLocaleString(undefined, { timeZone: p.tz })} (${p.tz}).`;
    } catch (e) {
      $('status').textContent = 'Could not load the figures: ' + e.message;
    }
  }

  function zones() {
    const select = $('tz');
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const wanted = new URLSearchParams(location.search).get('tz');
    [...new Set([own, ...ZONES, ...(wanted ? [wanted] : [])])].forEach((z) => {
      const o = el('option', z); o.value = z; select.appendChild(o);
    });
    select.value = wanted || own;
  }

  zones();
  $('period').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  $('comment-search').addEventListener('input', (e) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(async () => {
      query = e.target.value.trim();
      const p = period();
      try {
        const c = await get('/api/service-levels/conversations?' + params(p, { q: query }));
        renderComments(c.satisfaction.comments, c.tz);
        csvLinks(p);
      } catch (err) {
        $('status').textContent = 'Could not search the comments: ' + err.message;
      }
    }, 250);
  });
  load();
}());
