// The console's call backs (docs/callbacks.md, "Keeping the appointment"; frames in
// docs/agent-protocol.md): the booked call backs of the agent's teams by day, in the agent's time
// zone with the visitor's beside; claim, call, the outcome with a note and a new time; reminders
// and escalations; for supervisors the service levels and the rota form. Uses console.js's
// socket through window.SwitchboardConsole. Every text from a visitor or a colleague is set with
// textContent, never as HTML.
(function () {
  'use strict';

  var C = window.SwitchboardConsole;
  if (!C) { return; }

  var DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  var OUTCOMES = { done: 'Done: we spoke', no_answer: 'No answer', rescheduled: 'Rescheduled' };
  var me = null;             // { id, name, supervisor }
  var list = [];             // the last callbacks snapshot
  var drafts = {};           // callback id -> { outcome, note, newStart }
  var slots = {};            // callback id -> [{ start, end }]
  var openForm = {};         // callback id -> true while its outcome form is shown
  var alerted = {};          // 'reminder:<id>' / 'overdue:<id>' -> true once shown

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function button(text, className, onClick, label) {
    var b = el('button', className, text);
    b.type = 'button';
    if (label) { b.setAttribute('aria-label', label); }
    b.addEventListener('click', onClick);
    return b;
  }

  var myZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'local';
  $('my-zone').textContent = myZone;

  function when(at, zone) {
    var opts = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
    if (zone) { opts.timeZone = zone; }
    try { return new Intl.DateTimeFormat([], opts).format(new Date(at)); } catch (e) { return at; }
  }

  function clock(at, zone) {
    var opts = { hour: '2-digit', minute: '2-digit' };
    if (zone) { opts.timeZone = zone; }
    try { return new Intl.DateTimeFormat([], opts).format(new Date(at)); } catch (e) { return at; }
  }

  function dayKey(at) {
    var d = new Date(at);
    return d.getFullYear() + '-' + (d.getMonth() + 1) + '-' + d.getDate();
  }

  function dayHeading(at) {
    var today = dayKey(Date.now());
    var tomorrow = dayKey(Date.now() + 86400000);
    var k = dayKey(at);
    var d = new Intl.DateTimeFormat([], { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(at));
    return k === today ? 'Today, ' + d : k === tomorrow ? 'Tomorrow, ' + d : d;
  }

  function teamName(team) { return team ? team.charAt(0).toUpperCase() + team.slice(1) : ''; }

  // ---- the list --------------------------------------------------------------------------------

  function shown() {
    var all = $('callbacks-filter').value === 'all';
    return list.filter(function (c) { return all || c.mine || !c.agent; });
  }

  function render() {
    var box = $('callbacks-list');
    var focusedId = document.activeElement && document.activeElement.id;
    box.textContent = '';
    var items = shown();
    $('callbacks-count').textContent = String(items.length);
    if (items.length === 0) {
      box.appendChild(el('p', 'empty', list.length === 0 ? 'No call backs booked.' : 'None to show: the others are claimed by colleagues.'));
      return;
    }
    var lastDay = null;
    var ul = null;
    items.forEach(function (c) {
      var k = dayKey(c.starts_at);
      if (k !== lastDay) {
        lastDay = k;
        box.appendChild(el('h3', 'day-heading', dayHeading(c.starts_at)));
        ul = el('ul', 'callback-list');
        box.appendChild(ul);
      }
      ul.appendChild(entry(c));
    });
    if (focusedId && $(focusedId)) { $(focusedId).focus(); }
  }

  function state(c) {
    if (c.calling) { return (c.mine ? 'You are calling' : 'Being called by ' + c.agent); }
    if (c.mine) { return 'Claimed by you'; }
    if (c.agent) { return 'Claimed by ' + c.agent; }
    return 'Unclaimed';
  }

  function entry(c) {
    var id = c.callback_id;
    var li = el('li', 'callback' + (c.overdue ? ' overdue' : c.reminded ? ' due' : ''));
    li.setAttribute('data-callback-id', id);
    li.appendChild(el('p', 'when', when(c.starts_at) + ' \u2013 ' + clock(c.ends_at) + ' \u00b7 ' + teamName(c.team)));
    var meta = el('p', 'meta');
    meta.appendChild(el('span', 'vtime', 'Visitor\u2019s time: ' + when(c.starts_at, c.visitor_zone) + ' (' + c.visitor_zone + ')'));
    meta.appendChild(el('span', 'lang', 'Language: ' + (c.language || '').toUpperCase()));
    meta.appendChild(el('span', 'contact', (c.contact_kind === 'phone' ? 'Phone: ' : 'E-mail: ') + c.contact));
    li.appendChild(meta);
    if (c.note) { li.appendChild(el('p', 'vnote', 'Visitor\u2019s note: ' + c.note)); }
    var st = el('p', 'meta');
    st.appendChild(el('span', 'state', state(c)));
    if (c.reminded && !c.overdue) { st.appendChild(el('span', 'state due', 'Due soon')); }
    if (c.overdue) { st.appendChild(el('span', 'state overdue', c.escalated ? 'Overdue: supervisors told' : 'Overdue')); }
    li.appendChild(st);

    var actions = el('div', 'actions');
    var at = when(c.starts_at);
    if (!c.agent) {
      actions.appendChild(button('Claim', 'claim', function () {
        C.notice('');
        C.send({ type: 'callback_claim', callback_id: id });
      }, 'Claim the call back at ' + at));
    }
    if (c.mine && !c.calling) {
      actions.appendChild(button('Call', 'call', function () { C.send({ type: 'callback_call', callback_id: id }); },
        'Call now: the call back at ' + at));
    }
    if (c.mine && !openForm[id]) {
      actions.appendChild(button('Record outcome', 'quiet record', function () {
        openForm[id] = true;
        render();
        var o = $('outcome-' + id);
        if (o) { o.focus(); }
      }, 'Record the outcome of the call back at ' + at));
    }
    actions.appendChild(button('Transcript', 'quiet transcript', function () { C.showConversation(c.conversation_id); },
      'Show the chat transcript of the call back at ' + at));
    li.appendChild(actions);
    if (c.mine && openForm[id]) { li.appendChild(outcomeForm(c)); }
    return li;
  }

  function outcomeForm(c) {
    var id = c.callback_id;
    var d = drafts[id] = drafts[id] || { outcome: 'done', note: '', newStart: '' };
    var form = el('form', 'outcome');
    form.setAttribute('aria-label', 'Outcome of the call back at ' + when(c.starts_at));
    var l1 = el('label', null, 'Outcome');
    l1.htmlFor = 'outcome-' + id;
    var sel = el('select');
    sel.id = 'outcome-' + id;
    Object.keys(OUTCOMES).forEach(function (k) {
      var o = el('option', null, OUTCOMES[k]);
      o.value = k;
      sel.appendChild(o);
    });
    sel.value = d.outcome;
    sel.addEventListener('change', function () { d.outcome = sel.value; render(); });
    form.appendChild(l1);
    form.appendChild(sel);

    var l2 = el('label', null, 'Note');
    l2.htmlFor = 'outcome-note-' + id;
    var note = el('textarea');
    note.id = 'outcome-note-' + id;
    note.rows = 2;
    note.maxLength = 2000;
    note.value = d.note;
    note.addEventListener('input', function () { d.note = note.value; });
    form.appendChild(l2);
    form.appendChild(note);

    if (d.outcome !== 'done') {
      var l3 = el('label', null, d.outcome === 'rescheduled' ? 'New time (required)' : 'Offer a new time (optional)');
      l3.htmlFor = 'outcome-time-' + id;
      var time = el('select');
      time.id = 'outcome-time-' + id;
      var none = el('option', null, slots[id] ? (d.outcome === 'rescheduled' ? 'Choose a time' : 'No new time: end it')
        : 'Press "Find free times" first');
      none.value = '';
      time.appendChild(none);
      (slots[id] || []).forEach(function (s) {
        var o = el('option', null, when(s.start) + ' (visitor: ' + clock(s.start, c.visitor_zone) + ')');
        o.value = s.start;
        time.appendChild(o);
      });
      time.value = d.newStart;
      time.addEventListener('change', function () { d.newStart = time.value; });
      form.appendChild(l3);
      form.appendChild(time);
      form.appendChild(button('Find free times', 'quiet find-times', function () {
        C.send({ type: 'callback_slots', callback_id: id });
      }, 'Find free times for the call back at ' + when(c.starts_at)));
    }
    var submit = el('button', 'save-outcome', 'Save outcome');
    submit.type = 'submit';
    form.appendChild(submit);
    form.appendChild(button('Cancel', 'quiet', function () { delete openForm[id]; render(); }));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var frame = { type: 'callback_outcome', callback_id: id, outcome: d.outcome };
      if (d.note.trim()) { frame.note = d.note.trim(); }
      if (d.outcome !== 'done' && d.newStart) { frame.new_start = d.newStart; }
      C.notice('');
      C.send(frame);
    });
    return form;
  }

  $('callbacks-filter').addEventListener('change', render);

  function alert(text, overdue) {
    var li = el('li', overdue ? 'overdue' : null, text);
    var box = $('callback-alerts');
    box.insertBefore(li, box.firstChild);
    while (box.children.length > 5) { box.removeChild(box.lastChild); }
  }

  // ---- frames ----------------------------------------------------------------------------------

  C.on('desk', function (f) {
    me = f.agent;
    $('service-levels').hidden = !me.supervisor;
    $('rota').hidden = !me.supervisor;
    if (me.supervisor) {
      fillRotaTeams(f.teams || []);
      loadLevels();
    }
  });

  C.on('callbacks', function (f) {
    list = f.callbacks || [];
    var ids = {};
    list.forEach(function (c) { ids[c.callback_id] = c; });
    Object.keys(openForm).forEach(function (id) { if (!ids[id] || !ids[id].mine) { delete openForm[id]; } });
    render();
  });

  C.on('callback_claimed', function (f) {
    openForm[f.callback_id] = false;
    C.announce('You claimed the call back.');
  });

  C.on('callback_claim_failed', function (f) {
    C.notice(f.claimed_by ? f.claimed_by + ' has already claimed this call back.' : (f.message || 'This call back is no longer booked.'));
  });

  C.on('callback_slots', function (f) {
    slots[f.callback_id] = f.slots || [];
    render();
    var t = $('outcome-time-' + f.callback_id);
    if (t) { t.focus(); }
    C.announce((f.slots || []).length + ' free times found.');
  });

  C.on('callback_recorded', function (f) {
    delete openForm[f.callback_id];
    delete drafts[f.callback_id];
    delete slots[f.callback_id];
    var what = { done: 'Done', no_answer: 'No answer', rescheduled: 'Rescheduled' }[f.outcome] || f.outcome;
    var kept = { kept: 'kept', late: 'late', no_show: 'no-show', rescheduled: 'moved' }[f.punctuality] || f.punctuality;
    var text = 'Saved: ' + what + ' (' + kept + ')' + (f.new_start ? '; new time ' + when(f.new_start) : '') + '.';
    $('callback-saved').textContent = text;
    C.announce(text);
    if (me && me.supervisor) { loadLevels(); }
  });

  function remind(c) {
    var key = 'reminder:' + c.callback_id + ':' + c.starts_at;
    if (alerted[key]) { return; }
    alerted[key] = true;
    alert('Reminder: call back at ' + when(c.starts_at) + ' (' + teamName(c.team) + ', ' + c.contact + ')' +
      (c.agent ? '' : ': nobody has claimed it yet'), false);
  }

  function escalated(c) {
    var key = 'overdue:' + c.callback_id + ':' + c.starts_at;
    if (alerted[key]) { return; }
    alerted[key] = true;
    alert('Overdue: the call back promised for ' + when(c.starts_at) + ' (' + teamName(c.team) + ') is not done' +
      (c.agent ? '; ' + c.agent + ' has it' : '; nobody has claimed it'), true);
  }

  // the server sends a reminder once, when it is due; a console opened later shows it from the list
  C.on('callback_reminder', function (f) { remind(f.callback); });
  C.on('callback_overdue', function (f) { escalated(f.callback); });
  C.on('callbacks', function (f) {
    (f.callbacks || []).forEach(function (c) {
      if (c.reminded && !c.calling && (c.mine || !c.agent)) { remind(c); }
      if (c.escalated && me && me.supervisor) { escalated(c); }
    });
  });

  // ---- service levels (supervisors) ------------------------------------------------------------

  function percent(x) { return x === null || x === undefined ? 'no calls yet' : Math.round(x * 1000) / 10 + '%'; }

  function loadLevels() {
    fetch('/api/service-levels/callbacks', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) { return; }
        var dl = $('levels');
        dl.textContent = '';
        [['Kept rate', percent(s.kept_rate)], ['No-show rate', percent(s.no_show_rate)], ['Kept', s.kept], ['Late', s.late],
          ['No answer', s.no_show], ['Rescheduled', s.rescheduled],
          ['Kept means', 'done within ' + s.kept_within_minutes + ' minutes of the promised time']].forEach(function (row) {
          var wrap = el('div');
          wrap.appendChild(el('dt', null, row[0]));
          var dd = el('dd', null, row[1]);
          dd.setAttribute('data-level', row[0]);
          wrap.appendChild(dd);
          dl.appendChild(wrap);
        });
      })
      .catch(function () { /* shown again at the next refresh */ });
  }

  $('levels-refresh').addEventListener('click', loadLevels);

  // ---- the rota (supervisors) ------------------------------------------------------------------

  function fillRotaTeams(teams) {
    var select = $('rota-team');
    var chosen = select.value;
    select.textContent = '';
    teams.forEach(function (t) {
      var o = el('option', null, teamName(t));
      o.value = t;
      select.appendChild(o);
    });
    if (chosen) { select.value = chosen; }
  }

  $('rota-load').addEventListener('submit', function (event) {
    event.preventDefault();
    $('rota-status').textContent = '';
    C.send({ type: 'rota', team: $('rota-team').value });
  });

  var rowCount = 0;

  function rotaRow(shift) {
    rowCount += 1;
    var n = rowCount;
    var tr = el('tr');
    var day = el('select');
    day.className = 'rota-day';
    day.setAttribute('aria-label', 'Day of shift ' + n);
    DAYS.forEach(function (d) {
      var o = el('option', null, d.charAt(0).toUpperCase() + d.slice(1));
      o.value = d;
      day.appendChild(o);
    });
    day.value = shift.day || 'monday';
    var start = el('input');
    start.type = 'time';
    start.className = 'rota-start';
    start.required = true;
    start.setAttribute('aria-label', 'Shift ' + n + ' from');
    start.value = shift.start || '09:00';
    var end = el('input');
    end.type = 'time';
    end.className = 'rota-end';
    end.required = true;
    end.setAttribute('aria-label', 'Shift ' + n + ' to (00:00 is midnight)');
    end.value = shift.end === '24:00' ? '00:00' : (shift.end || '17:00');
    var agents = el('input');
    agents.type = 'text';
    agents.className = 'rota-agents';
    agents.setAttribute('aria-label', 'Agents of shift ' + n + ' (staff logins, comma separated)');
    agents.value = (shift.agents || []).join(', ');
    [day, start, end, agents].forEach(function (input) {
      var td = el('td');
      td.appendChild(input);
      tr.appendChild(td);
    });
    var td = el('td');
    td.appendChild(button('Remove', 'quiet', function () { tr.parentNode.removeChild(tr); }, 'Remove shift ' + n));
    tr.appendChild(td);
    return tr;
  }

  C.on('rota', function (f) {
    fillRotaTeams(f.teams || []);
    $('rota-team').value = f.team;
    $('rota-caption').textContent = 'Shifts of ' + teamName(f.team) + ' (in the team\u2019s time zone)';
    var body = $('rota-rows');
    body.textContent = '';
    (f.shifts || []).forEach(function (s) { body.appendChild(rotaRow(s)); });
    $('rota-form').hidden = false;
    $('rota-form').setAttribute('data-team', f.team);
    if (f.saved) {
      $('rota-status').textContent = 'Saved: visitors are offered times from this rota now.';
    }
  });

  $('rota-add').addEventListener('click', function () {
    var tr = rotaRow({});
    $('rota-rows').appendChild(tr);
    tr.querySelector('select').focus();
  });

  $('rota-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var shifts = [];
    Array.prototype.forEach.call($('rota-rows').querySelectorAll('tr'), function (tr) {
      var end = tr.querySelector('.rota-end').value;
      shifts.push({
        day: tr.querySelector('.rota-day').value,
        start: tr.querySelector('.rota-start').value,
        end: end === '00:00' ? '24:00' : end,
        agents: tr.querySelector('.rota-agents').value.split(',').map(function (a) { return a.trim(); })
          .filter(function (a) { return a.length > 0; })
      });
    });
    $('rota-status').textContent = '';
    C.notice('');
    C.send({ type: 'rota_save', team: $('rota-form').getAttribute('data-team'), shifts: shifts });
  });

  $('rota-reset').addEventListener('click', function () {
    $('rota-status').textContent = '';
    C.send({ type: 'rota_reset', team: $('rota-form').getAttribute('data-team') });
  });
})();
