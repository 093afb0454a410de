// The social team's triage page (docs/triage.md): the mentions from /api/triage, kept up to date
// by the live feed /ws/triage. Every text that comes from a post, a colleague or the
// configuration is set with textContent, never as HTML. Actions are POSTs with the session's
// CSRF token and the version of the mention the card shows; a teammate's change in between gives
// 409 and the card shows the mention as it now is.
(function () {
  'use strict';

  var LANGUAGES = { en: 'English', vi: 'Vietnamese', el: 'Greek', tl: 'Tagalog', ar: 'Arabic' };
  var STATUSES = { 'new': 'New', responded: 'Responded', ignored: 'Ignored', escalated: 'Escalated' };
  var ACTIONS = { assigned: 'assigned', responded: 'responded', ignored: 'ignored', escalated: 'escalated',
    reopened: 'reopened', note: 'note', corrected: 'corrected', case_opened: 'opened a case' };

  var csrf = null;
  var setup = { me: '', teammates: [], directory: [], targets: { amber_at: 0.5 } };
  var mentions = {};   // id -> mention as the API gives it
  var revealed = {};   // ids of abusive mentions the person chose to read
  var socket = null;
  var attempt = 0;

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function notice(text) { $('notice').textContent = text || ''; }

  function announce(text) {
    var a = $('announce');
    a.textContent = '';
    window.setTimeout(function () { a.textContent = text; }, 50);
  }

  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      headers['X-CSRF-Token'] = csrf || '';
    }
    return fetch(path, { method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        if (r.status === 401) { window.location.assign('/login?next=' + encodeURIComponent('/staff/triage/')); }
        return r.json().catch(function () { return {}; }).then(function (json) { return { status: r.status, body: json }; });
      });
  }

  // ---- filters ------------------------------------------------------------------------------

  var FILTERS = ['q', 'status', 'assignee', 'source', 'kind', 'term', 'sentiment', 'complaint', 'question', 'abusive', 'language'];

  function filter() {
    var f = {};
    FILTERS.forEach(function (name) {
      var v = $('f-' + name).value.trim();
      if (v) { f[name] = v; }
    });
    return f;
  }

  function query(f) {
    return Object.keys(f).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(f[k]); }).join('&');
  }

  // The same test the server's MentionFilter makes, for mentions the feed brings.
  function passes(m, f) {
    if (f.status && m.status !== f.status) { return false; }
    if (f.assignee) {
      if (f.assignee === 'none' ? m.assignee : m.assignee !== f.assignee) { return false; }
    }
    if (f.source && m.source !== f.source) { return false; }
    if (f.sentiment && m.sentiment !== f.sentiment) { return false; }
    if (f.language && m.language !== f.language) { return false; }
    if (f.complaint && String(m.complaint) !== f.complaint) { return false; }
    if (f.question && String(m.question) !== f.question) { return false; }
    if (f.abusive && String(m.abusive) !== f.abusive) { return false; }
    if (f.kind || f.term) {
      var term = (f.term || '').toLowerCase();
      if (!m.matches.some(function (t) {
        return (!f.kind || t.kind === f.kind) && (!term || String(t.term).toLowerCase() === term);
      })) { return false; }
    }
    if (f.q) {
      var q = f.q.toLowerCase();
      if (String(m.text).toLowerCase().indexOf(q) < 0 && String(m.author).toLowerCase().indexOf(q) < 0) { return false; }
    }
    return true;
  }

  var loading = 0; // the latest load: an older answer arriving late is dropped

  var followedLink = false;

  function load() {
    var f = filter();
    var mine = ++loading;
    $('export').href = '/api/triage/mentions.csv' + (query(f) ? '?' + query(f) : '');
    $('mentions').setAttribute('aria-busy', 'true');
    return api('GET', '/api/triage/mentions?limit=200' + (query(f) ? '&' + query(f) : '')).then(function (r) {
      if (mine !== loading) { return; }
      $('mentions').removeAttribute('aria-busy');
      if (r.status !== 200) { notice(r.body.error || 'The mentions could not be loaded.'); return; }
      notice('');
      mentions = {};
      r.body.mentions.forEach(function (m) { mentions[m.mention_id] = m; });
      renderAll();
      // a link from elsewhere (the service levels' breaches): /staff/triage/#m-ID
      if (!followedLink && /^#m-\d+$/.test(window.location.hash)) {
        followedLink = true;
        var card = document.getElementById(window.location.hash.slice(1));
        if (card) {
          card.setAttribute('tabindex', '-1');
          card.scrollIntoView();
          card.focus();
        }
      }
    });
  }

  // ---- rendering ----------------------------------------------------------------------------

  function order(a, b) {
    if (a.priority !== b.priority) { return b.priority - a.priority; }
    if (a.posted_at !== b.posted_at) { return a.posted_at < b.posted_at ? -1 : 1; }
    return a.mention_id - b.mention_id;
  }

  function sorted() {
    return Object.keys(mentions).map(function (k) { return mentions[k]; }).sort(order);
  }

  function renderAll() {
    var list = $('mentions');
    list.textContent = '';
    sorted().forEach(function (m) { list.appendChild(card(m)); });
    counted();
  }

  function counted() {
    var n = Object.keys(mentions).length;
    $('count').textContent = String(n);
    $('empty').hidden = n > 0;
  }

  // Puts the mention's card in its place; keeps what the person was typing and which parts were open.
  function upsert(m) {
    var old = $('m-' + m.mention_id);
    if (!passes(m, filter())) {
      delete mentions[m.mention_id];
      if (old) { old.remove(); }
      counted();
      return;
    }
    mentions[m.mention_id] = m;
    var fresh = card(m);
    var focused = document.activeElement && old && old.contains(document.activeElement) ? document.activeElement.id : null;
    if (old) {
      old.querySelectorAll('textarea, input, select').forEach(function (input) {
        var twin = input.id ? fresh.querySelector('#' + CSS.escape(input.id)) : null;
        if (twin && input.dataset.touched) { twin.value = input.value; twin.dataset.touched = '1'; }
      });
      old.querySelectorAll('details[open]').forEach(function (d) {
        var twin = d.id ? fresh.querySelector('#' + CSS.escape(d.id)) : null;
        if (twin) { twin.open = true; }
      });
      old.remove();
    }
    var list = $('mentions');
    var next = sorted().filter(function (x) { return order(m, x) < 0; })[0];
    var before = next ? $('m-' + next.mention_id) : null;
    list.insertBefore(fresh, before);
    if (focused && $(focused)) { $(focused).focus(); }
    counted();
  }

  function clock(m) {
    var posted = Date.parse(m.posted_at);
    var due = Date.parse(m.due_at);
    var target = due - posted;
    var elapsed = Date.now() - posted;
    var state = elapsed >= target ? 'red' : elapsed >= target * setup.targets.amber_at ? 'amber' : 'green';
    var text = 'Posted ' + span(elapsed) + ' ago · ';
    text += elapsed >= target ? 'overdue by ' + span(elapsed - target) : 'answer within ' + span(target - elapsed);
    return { state: m.status === 'new' ? state : 'done', text: m.status === 'new' ? text : 'Posted ' + span(elapsed) + ' ago' };
  }

  function span(ms) {
    var minutes = Math.max(0, Math.floor(ms / 60000));
    if (minutes < 60) { return minutes + ' min'; }
    var hours = Math.floor(minutes / 60);
    if (hours < 48) { return hours + ' h ' + (minutes % 60) + ' min'; }
    return Math.floor(hours / 24) + ' d ' + (hours % 24) + ' h';
  }

  function tick() {
    Object.keys(mentions).forEach(function (id) {
      var c = $('m-' + id);
      if (!c) { return; }
      var k = clock(mentions[id]);
      c.className = 'mention ' + k.state;
      var t = c.querySelector('.clock');
      t.textContent = k.text;
      t.className = 'clock ' + k.state;
    });
  }

  // The post's text with the matched terms marked, built from text nodes only.
  function highlighted(m) {
    var p = el('p', 'text');
    p.lang = m.language;
    if (m.language === 'ar') { p.dir = 'rtl'; }
    var text = String(m.text);
    var at = 0;
    m.matches.slice().sort(function (a, b) { return a.span[0] - b.span[0]; }).forEach(function (t) {
      var s = Math.max(at, Math.min(t.span[0], text.length));
      var e = Math.max(s, Math.min(t.span[1], text.length));
      if (e <= s) { return; }
      p.appendChild(document.createTextNode(text.slice(at, s)));
      var mark = el('mark', null, text.slice(s, e));
      mark.title = t.term + ' (' + t.kind + ')';
      p.appendChild(mark);
      at = e;
    });
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  function field(form, id, label, input) {
    var l = el('label', null, label);
    l.htmlFor = id;
    input.id = id;
    input.addEventListener('input', function () { input.dataset.touched = '1'; });
    input.addEventListener('change', function () { input.dataset.touched = '1'; });
    form.appendChild(l);
    form.appendChild(input);
    return input;
  }

  function select(options, value) {
    var s = el('select');
    options.forEach(function (o) {
      var opt = el('option', null, o[1]);
      opt.value = o[0];
      if (o[0] === value) { opt.selected = true; }
      s.appendChild(opt);
    });
    return s;
  }

  function section(id, title, m, build, send) {
    var d = el('details');
    d.id = id;
    d.appendChild(el('summary', null, title));
    var form = el('form', 'act');
    form.noValidate = true;
    build(form);
    var b = el('button', null, title);
    b.type = 'submit';
    form.appendChild(b);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = send(form);
      if (body) { act(m, body.path, body.data, b); }
    });
    d.appendChild(form);
    return d;
  }

  function card(m) {
    var id = m.mention_id;
    var k = clock(m);
    var c = el('article', 'mention ' + k.state);
    c.id = 'm-' + id;
    c.setAttribute('aria-labelledby', 'm-' + id + '-h');

    var h = el('h3', null, m.author + ' on ' + m.source);
    h.id = 'm-' + id + '-h';
    c.appendChild(h);

    var meta = el('p', 'meta');
    meta.appendChild(el('span', null, 'Priority ' + m.priority));
    meta.appendChild(el('span', 'clock ' + k.state, k.text));
    meta.appendChild(el('span', null, m.followers + ' followers · ' + m.engagement + ' engagement'));
    meta.appendChild(el('span', null, LANGUAGES[m.language] || m.language));
    var status = el('strong', 'status', STATUSES[m.status] || m.status);
    meta.appendChild(status);
    meta.appendChild(el('span', 'assignee', m.assignee ? 'Assigned to ' + m.assignee : 'Unassigned'));
    if (m.posts > 1) { meta.appendChild(el('span', null, m.posts + ' posts')); }
    c.appendChild(meta);

    var text = highlighted(m);
    if (m.abusive && !revealed[id]) {
      text.classList.add('blurred');
      text.setAttribute('aria-hidden', 'true');
      var show = el('button', 'quiet reveal', 'Show abusive text');
      show.type = 'button';
      show.addEventListener('click', function () {
        revealed[id] = true;
        text.classList.remove('blurred');
        text.removeAttribute('aria-hidden');
        show.remove();
      });
      c.appendChild(show);
    }
    c.appendChild(text);

    if (/^https?:\/\//.test(String(m.url))) {
      var link = el('a', null, 'Open the post');
      link.href = m.url;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      var lp = el('p', 'meta');
      lp.appendChild(link);
      c.appendChild(lp);
    }

    var labels = el('ul', 'labels');
    labels.setAttribute('aria-label', 'Labels');
    var corr = m.corrections || {};
    labels.appendChild(el('li', m.sentiment === 'negative' ? 'yes' : '', 'Sentiment: ' + m.sentiment + ' ' + pct(m.confidence.sentiment)
      + (corr.sentiment ? ' (team: ' + corr.sentiment + ')' : '')));
    ['complaint', 'question', 'abusive'].forEach(function (task) {
      var note = task === 'complaint' && corr.complaint ? ' (team: ' + (corr.complaint === 'complaint' ? 'yes' : 'no') + ')' : '';
      labels.appendChild(el('li', m[task] ? 'yes' : '', task.charAt(0).toUpperCase() + task.slice(1) + ': ' + (m[task] ? 'yes' : 'no')
        + ' ' + pct(m.confidence[task]) + note));
    });
    c.appendChild(labels);

    if (m['case']) {
      c.appendChild(el('p', 'meta case', 'Case #' + m['case'].conversation_id + ' in the agent console: '
        + (m['case'].status || 'unknown').toLowerCase().replace('_', ' ')));
    }

    // the suggested holding reply, to copy or edit
    var hold = el('details');
    hold.id = 'm-' + id + '-hold';
    hold.appendChild(el('summary', null, 'Suggested reply'));
    var holdForm = el('div', 'act');
    var reply = field(holdForm, 'm-' + id + '-holding', 'Holding reply (' + (LANGUAGES[m.language] || m.language) + ')', el('textarea'));
    reply.rows = 4;
    reply.value = m.holding_reply;
    reply.lang = m.language;
    var copy = el('button', 'quiet', 'Copy');
    copy.type = 'button';
    copy.addEventListener('click', function () {
      reply.select();
      if (navigator.clipboard) { navigator.clipboard.writeText(reply.value).catch(function () {}); }
      announce('Reply copied');
    });
    holdForm.appendChild(copy);
    hold.appendChild(holdForm);
    c.appendChild(hold);

    var tools = el('div', 'tools');
    var mates = [['', 'Nobody']].concat(setup.teammates.map(function (t) { return [t, t === setup.me ? t + ' (me)' : t]; }));
    tools.appendChild(section('m-' + id + '-assign', 'Assign', m, function (f) {
      field(f, 'm-' + id + '-assignee', 'Teammate', select(mates, m.assignee || ''));
    }, function (f) {
      return { path: 'assign', data: { assignee: f.querySelector('select').value || null } };
    }));
    tools.appendChild(section('m-' + id + '-respond', 'Mark responded', m, function (f) {
      var t = field(f, 'm-' + id + '-reply', 'The reply posted', el('textarea'));
      t.rows = 3;
      var u = field(f, 'm-' + id + '-link', 'Link to the reply', el('input'));
      u.type = 'url';
    }, function (f) {
      var t = f.querySelector('textarea').value.trim();
      if (!t) { notice('Write the reply that was posted.'); return null; }
      return { path: 'respond', data: { reply: t, link: f.querySelector('input').value.trim() || null } };
    }));
    tools.appendChild(section('m-' + id + '-ignore', 'Ignore', m, function (f) {
      var r = field(f, 'm-' + id + '-reason', 'Reason', el('input'));
      r.type = 'text';
    }, function (f) {
      var r = f.querySelector('input').value.trim();
      if (!r) { notice('Say why it is ignored.'); return null; }
      return { path: 'ignore', data: { reason: r } };
    }));
    tools.appendChild(section('m-' + id + '-escalate', 'Escalate', m, function (f) {
      field(f, 'm-' + id + '-contact', 'To', select(setup.directory.map(function (d) { return [d.id, d.name]; }), ''));
      var n = field(f, 'm-' + id + '-enote', 'Note for them', el('textarea'));
      n.rows = 2;
    }, function (f) {
      return { path: 'escalate', data: { contact: f.querySelector('select').value, note: f.querySelector('textarea').value.trim() || null } };
    }));
    tools.appendChild(section('m-' + id + '-labels', 'Correct labels', m, function (f) {
      var complaint = corr.complaint || (m.complaint ? 'complaint' : 'not_complaint');
      field(f, 'm-' + id + '-lc', 'Complaint', select([['complaint', 'Yes'], ['not_complaint', 'No']], complaint));
      field(f, 'm-' + id + '-ls', 'Sentiment', select([['negative', 'Negative'], ['neutral', 'Neutral'], ['positive', 'Positive']],
        corr.sentiment || m.sentiment));
    }, function (f) {
      var s = f.querySelectorAll('select');
      var steps = [];
      if (s[0].value !== (corr.complaint || (m.complaint ? 'complaint' : 'not_complaint'))) {
        steps.push({ task: 'complaint', label: s[0].value });
      }
      if (s[1].value !== (corr.sentiment || m.sentiment)) { steps.push({ task: 'sentiment', label: s[1].value }); }
      if (!steps.length) { notice('The labels are as they were: choose a different one.'); return null; }
      return { path: 'labels', data: steps };
    }));
    tools.appendChild(section('m-' + id + '-note', 'Add note', m, function (f) {
      var n = field(f, 'm-' + id + '-ntext', 'Note', el('textarea'));
      n.rows = 2;
    }, function (f) {
      var t = f.querySelector('textarea').value.trim();
      if (!t) { notice('Write the note first.'); return null; }
      return { path: 'notes', data: { text: t } };
    }));
    c.appendChild(tools);

    var row = el('div', 'actions');
    if (m.status !== 'new') {
      var reopen = el('button', 'quiet', 'Reopen');
      reopen.type = 'button';
      reopen.addEventListener('click', function () { act(m, 'reopen', {}, reopen); });
      row.appendChild(reopen);
    }
    if (!m['case']) {
      var kase = el('button', 'quiet open-case', 'Open a case in the agent console');
      kase.type = 'button';
      kase.addEventListener('click', function () { act(m, 'case', {}, kase); });
      row.appendChild(kase);
    }
    c.appendChild(row);

    if (m.actions.length) {
      var log = el('ul', 'log');
      log.setAttribute('aria-label', 'What was done');
      m.actions.forEach(function (a) {
        var line = new Date(a.at).toLocaleString() + ' · ' + a.staff + ' ' + (ACTIONS[a.action] || a.action);
        if (a.action === 'assigned') { line += a.text ? ' to ' + a.text : ' to nobody'; } else if (a.text) { line += ': ' + a.text; }
        if (a.link) { line += ' (' + a.link + ')'; }
        if (a.reason) { line += ': ' + a.reason; }
        if (a.contact) { line += ' to ' + a.contact; }
        log.appendChild(el('li', null, line));
      });
      c.appendChild(log);
    }
    return c;
  }

  function pct(x) { return '(' + Math.round(Number(x) * 100) + '%)'; }

  // One action (or, for labels, two in turn), each naming the version the card shows.
  function act(m, path, data, button) {
    var steps = Array.isArray(data) ? data : [data];
    button.disabled = true;
    var version = m.version;
    var chain = Promise.resolve(null);
    steps.forEach(function (step) {
      chain = chain.then(function (prev) {
        if (prev && prev.status !== 200) { return prev; }
        var body = Object.assign({}, step);
        if (path !== 'notes') { body.version = prev ? prev.body.version : version; }
        return api('POST', '/api/triage/mentions/' + m.mention_id + '/' + path, body).then(function (r) {
          return r.status === 200 ? { status: 200, body: r.body } : r;
        });
      });
    });
    chain.then(function (r) {
      button.disabled = false;
      if (r.status === 200) {
        notice('');
        var old = $('m-' + m.mention_id);
        if (old) { old.querySelectorAll('[data-touched]').forEach(function (i) { delete i.dataset.touched; }); }
        upsert(r.body);
        announce('Saved');
      } else if (r.status === 409 && r.body.mention) {
        notice('Someone changed this mention first; it now shows what they did. Check and try again.');
        upsert(r.body.mention);
      } else {
        notice(r.body.error || 'That did not work; try again.');
      }
    }).catch(function () {
      button.disabled = false;
      notice('That did not reach the server; try again.');
    });
  }

  // ---- sources and surges ---------------------------------------------------------------------

  function sources() {
    api('GET', '/api/listener/sources').then(function (r) {
      if (r.status !== 200) { return; }
      var list = $('sources');
      list.textContent = '';
      var chosen = $('f-source').value;
      var sel = $('f-source');
      while (sel.options.length > 1) { sel.remove(1); }
      if (!r.body.sources.length) { list.appendChild(el('li', 'empty', 'No sources are enabled.')); }
      r.body.sources.forEach(function (s) {
        var li = el('li');
        li.appendChild(el('span', s.healthy ? 'ok' : 'bad', s.healthy ? 'OK ' : 'Failing '));
        li.appendChild(document.createTextNode(s.name + ' (' + s.kind + ')'));
        if (s.last_success_at) { li.appendChild(el('div', null, 'Last read ' + new Date(s.last_success_at).toLocaleTimeString())); }
        if (!s.healthy && s.last_error) { li.appendChild(el('div', null, s.consecutive_failures + ' failures: ' + s.last_error)); }
        list.appendChild(li);
        var o = el('option', null, s.name);
        o.value = s.name;
        sel.appendChild(o);
      });
      sel.value = chosen;
    });
  }

  // one banner per active surge, updated as it grows; gone when it ends (docs/triage-alerts.md)
  function surge(s) {
    var id = 'surge-' + s.surge_id;
    var box = document.getElementById(id);
    if (s.ended_at) {
      if (box) { box.remove(); }
      return;
    }
    if (!box) {
      box = el('div', 'surge');
      box.id = id;
      box.appendChild(el('p'));
      var close = el('button', 'quiet', 'Dismiss');
      close.type = 'button';
      close.addEventListener('click', function () { box.remove(); });
      box.appendChild(close);
      $('surges').appendChild(box);
    }
    box.querySelector('p').textContent = 'Surge: "' + s.term + '" in ' + s.count + ' negative mentions since '
      + new Date(s.since).toLocaleTimeString() + ' (usually ' + s.usual + '; alert at ' + s.threshold + ').';
  }

  // the surges already active when the page opens or reconnects
  function loadSurges() {
    return api('GET', '/api/triage/surges').then(function (r) {
      if (r.status === 200) { r.body.surges.forEach(surge); }
    });
  }

  // ---- live feed ------------------------------------------------------------------------------

  function connect() {
    var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + window.location.host + '/ws/triage');
    socket.onopen = function () { attempt = 0; };
    socket.onmessage = function (event) {
      var f;
      try { f = JSON.parse(event.data); } catch (e) { return; }
      if (f.type === 'ready') {
        $('connection').textContent = 'Live';
        load(); // whatever happened while we were away
        loadSurges();
      } else if (f.type === 'mention') {
        if (passes(f.data, filter())) { announce('New mention from ' + f.data.author); }
        upsert(f.data);
      } else if (f.type === 'mention_changed') {
        upsert(f.data);
      } else if (f.type === 'surge' || f.type === 'surge_ended') {
        surge(f.data);
      }
    };
    socket.onclose = function (event) {
      $('connection').textContent = 'Reconnecting…';
      if (event.code === 1008) {
        $('connection').textContent = 'Not signed in';
        window.location.assign('/login?next=' + encodeURIComponent('/staff/triage/'));
        return;
      }
      attempt++;
      window.setTimeout(connect, Math.min(30000, 500 * Math.pow(2, attempt)));
    };
  }

  $('filters').addEventListener('submit', function (event) { event.preventDefault(); load(); });
  $('filters').addEventListener('change', function (event) { if (event.target.tagName === 'SELECT') { load(); } });
  $('f-clear').addEventListener('click', function () {
    FILTERS.forEach(function (name) { $('f-' + name).value = ''; });
    $('f-status').value = 'new';
    load();
  });

  $('sign-out').addEventListener('click', function () {
    fetch('/api/session', { method: 'DELETE', credentials: 'same-origin', headers: { 'X-CSRF-Token': csrf || '' } })
      .finally(function () { window.location.assign('/login'); });
  });

  fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (me) { if (me) { csrf = me.csrf_token; } })
    .then(function () { return api('GET', '/api/triage/setup'); })
    .then(function (r) {
      if (r.status === 200) {
        setup = r.body;
        $('me').textContent = setup.me;
        var sel = $('f-assignee');
        setup.teammates.forEach(function (t) {
          var o = el('option', null, t === setup.me ? t + ' (me)' : t);
          o.value = t;
          sel.appendChild(o);
        });
      }
      sources();
      window.setInterval(sources, 30000);
      window.setInterval(tick, 15000);
      connect();
    });
})();
