// The agent console (docs/agent-console.md): one WebSocket to /ws/agent (docs/agent-protocol.md).
// Every text that comes from a visitor, a colleague or the FAQ is set with textContent, never as
// HTML. On a dropped connection it reconnects with backoff and reopens the agent's chats.
(function () {
  'use strict';

  var RESOLUTIONS = { solved: 'Solved', not_solved: 'Not solved', duplicate: 'Duplicate', spam: 'Spam' };
  var REASONS = { VISITOR_ASKED: 'asked for a person', NO_ANSWER: 'no FAQ answer', NOT_HELPFUL: 'answers did not help',
    FRUSTRATION: 'frustrated', TOPIC: 'topic needs a person', TRANSFERRED: 'transferred' };

  var socket = null;
  var attempt = 0;
  var wantAvailable = false;
  var desk = { agent: null, teams: [], queue: [] };
  var chats = {};      // conversation id -> { id, team, language, view, events: [], lastSeq, open, typing }
  var current = null;  // the conversation shown
  var pending = null;  // the reply held by the tone guard: { id, clientId, text, suggest, avoid }
  var typingSent = false;
  var typingTimer = null;
  var csrf = null;
  var listeners = {};  // frame type -> functions of other console scripts (callbacks.js)

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(frame));
      return true;
    }
    notice('Not connected: trying again in a moment.');
    return false;
  }

  function notice(text) { $('notice').textContent = text || ''; }

  function announce(text) {
    var a = $('announce');
    a.textContent = '';
    window.setTimeout(function () { a.textContent = text; }, 50);
  }

  function teamName(team) { return team ? team.charAt(0).toUpperCase() + team.slice(1) : ''; }

  function clientId() {
    return window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID()
      : 'c-' + Date.now() + '-' + Math.random().toString(36).slice(2);
  }

  function waited(since) {
    var s = Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 1000));
    var m = Math.floor(s / 60);
    return m > 0 ? m + ' min ' + (s % 60) + ' s' : s + ' s';
  }

  function time(at) {
    var d = new Date(at);
    return isNaN(d) ? '' : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  // ---- connection -------------------------------------------------------------------------

  function connect() {
    var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
    $('connection').textContent = attempt === 0 ? 'Connecting\u2026' : 'Reconnecting\u2026';
    socket = new WebSocket(scheme + window.location.host + '/ws/agent');
    socket.onmessage = function (m) {
      var f;
      try { f = JSON.parse(m.data); } catch (e) { return; }
      var handler = HANDLERS[f.type];
      if (handler) { handler(f); }
      (listeners[f.type] || []).forEach(function (fn) { fn(f); });
    };
    socket.onclose = function (e) {
      $('available').disabled = true;
      if (e.code === 1008) {
        $('connection').textContent = 'Signed out';
        notice('Your session has ended (' + (e.reason || 'sign in first') + '). Sign in again to continue.');
        window.setTimeout(function () {
          window.location.assign('/login?next=' + encodeURIComponent(window.location.pathname));
        }, 1500);
        return;
      }
      var delay = Math.min(30000, 1000 * Math.pow(2, attempt)) * (0.75 + Math.random() * 0.5);
      attempt += 1;
      $('connection').textContent = 'Connection lost: reconnecting in ' + Math.round(delay / 1000) + ' s';
      window.setTimeout(connect, delay);
    };
  }

  window.setInterval(function () {
    if (socket && socket.readyState === WebSocket.OPEN) { socket.send('{"type":"ping"}'); }
  }, 25000);

  var HANDLERS = {
    desk: function (f) {
      attempt = 0;
      desk.agent = f.agent;
      desk.teams = f.teams || [];
      $('agent-name').textContent = f.agent.name + (f.agent.supervisor ? ' (supervisor)' : '');
      $('connection').textContent = 'Connected';
      notice('');
      $('available').disabled = false;
      $('available').checked = !!f.available;
      if (wantAvailable && !f.available) { send({ type: 'availability', available: true }); }
      fillTeams();
      renderQueue(f.queue || []);
      var open = {};
      (f.mine || []).forEach(function (m) {
        open[m.conversation_id] = true;
        var c = chat(m.conversation_id);
        c.team = m.team;
        c.language = m.language;
        c.open = true;
        send({ type: 'open', conversation_id: m.conversation_id });
      });
      Object.keys(chats).forEach(function (id) { if (!open[id]) { chats[id].open = false; } });
      renderMine();
      if (current !== null && !open[current]) { showChat(current); }
      // a link from elsewhere (the service levels' breaches): /staff/console/#conversation-ID
      var linked = /^#conversation-(\d+)$/.exec(window.location.hash);
      if (linked && !desk.followedLink) {
        desk.followedLink = true;
        window.SwitchboardConsole.showConversation(linked[1]);
      }
    },
    queue: function (f) { renderQueue(f.queue || []); },
    availability: function (f) {
      $('available').checked = !!f.available;
      wantAvailable = !!f.available;
      announce(f.available ? 'You are available for new chats.' : 'You are away.');
    },
    taken: function (f) {
      var c = chat(f.conversation_id);
      c.open = true;
      current = f.conversation_id;
      renderMine();
      announce('You took the chat.');
    },
    take_failed: function (f) {
      notice(f.taken_by ? f.taken_by + ' has already taken this chat.' : (f.message || 'This chat is no longer waiting.'));
    },
    conversation: function (f) {
      var c = chat(f.conversation_id);
      c.view = f;
      c.language = f.language;
      if (f.handoff) { c.team = f.handoff.team; }
      c.events = [];
      c.lastSeq = 0;
      (f.events || []).forEach(function (e) { addEvent(c, e); });
      if (f.status === 'with_agent' && f.handoff && f.handoff.agent === desk.agent.name) { c.open = true; }
      renderMine();
      if (current === null || current === f.conversation_id) { showChat(f.conversation_id); }
    },
    event: function (f) {
      var c = chats[f.conversation_id];
      if (!c) { return; }
      if (addEvent(c, f)) {
        if (f.author === 'visitor') { c.typing = false; }
        if (current === f.conversation_id) {
          appendEvent(f);
          renderTyping();
        } else if (f.author === 'visitor') {
          c.unread = true;
          renderMine();
        }
        if (f.author === 'visitor' && current !== f.conversation_id) { announce('New message in chat ' + f.conversation_id); }
        if (f.kind === 'conversation_transferred' || f.kind === 'conversation_resolved' || f.kind === 'agent_left') {
          ended(c, f);
        }
      }
    },
    typing: function (f) {
      var c = chats[f.conversation_id];
      if (!c) { return; }
      c.typing = !!f.on;
      if (current === f.conversation_id) { renderTyping(); }
    },
    ack: function (f) {
      if (pending && pending.clientId === f.client_id) { pending = null; }
      var box = $('reply');
      if (box.getAttribute('data-client-id') === f.client_id) {
        box.value = '';
        box.removeAttribute('data-client-id');
        $('send').disabled = false;
      }
    },
    tone: function (f) {
      var box = $('reply');
      pending = { id: f.conversation_id, clientId: f.client_id, text: box.value, avoid: f.avoid, suggest: f.suggest };
      $('send').disabled = false;
      $('tone-text').textContent = 'A gentler way to say "' + f.avoid + '": "' + f.suggest + '"';
      $('tone').hidden = false;
      $('tone-use').focus();
    },
    canned: function (f) { renderCanned(f); },
    error: function (f) {
      $('send').disabled = false;
      notice(f.message || f.code);
    },
    pong: function () {}
  };

  function chat(id) {
    if (!chats[id]) { chats[id] = { id: id, events: [], lastSeq: 0, open: false, typing: false, unread: false }; }
    return chats[id];
  }

  function addEvent(c, e) {
    if (e.seq && e.seq <= c.lastSeq) { return false; }
    if (e.seq) { c.lastSeq = e.seq; }
    c.events.push(e);
    return true;
  }

  function ended(c, e) {
    c.open = false;
    c.typing = false;
    renderMine();
    if (current === c.id) { renderChatState(); }
    var what = { conversation_resolved: 'The chat was closed.', conversation_transferred: 'The chat was transferred.',
      agent_left: 'You left the chat.' };
    announce(what[e.kind] || 'The chat ended.');
  }

  // ---- the line ---------------------------------------------------------------------------

  function renderQueue(queue) {
    desk.queue = queue;
    var box = $('queue');
    box.textContent = '';
    $('queue-count').textContent = String(queue.length);
    if (queue.length === 0) {
      box.appendChild(el('p', 'empty', 'Nobody is waiting.'));
      return;
    }
    var byTeam = {};
    queue.forEach(function (q) { (byTeam[q.team] = byTeam[q.team] || []).push(q); });
    Object.keys(byTeam).forEach(function (team) {
      var headingId = 'line-' + team;
      var section = el('section', 'line');
      section.setAttribute('aria-labelledby', headingId);
      var h = el('h3', null, teamName(team) + ' (' + byTeam[team].length + ')');
      h.id = headingId;
      section.appendChild(h);
      var list = el('ul', 'entries');
      byTeam[team].forEach(function (q) { list.appendChild(queueEntry(q)); });
      section.appendChild(list);
      box.appendChild(section);
    });
  }

  function queueEntry(q) {
    var li = el('li', 'entry');
    li.setAttribute('data-handoff-id', q.handoff_id);
    var meta = el('p', 'meta');
    var wait = el('span', 'wait', waited(q.requested_at));
    wait.setAttribute('data-since', q.requested_at);
    meta.appendChild(wait);
    meta.appendChild(el('span', 'lang', (q.language || '').toUpperCase()));
    meta.appendChild(el('span', 'reason', REASONS[q.reason] || q.reason || ''));
    if (q.topic) { meta.appendChild(el('span', 'topic', q.topic)); }
    li.appendChild(meta);
    li.appendChild(el('p', 'first', q.first_message || '(no message)'));
    var take = el('button', 'take', 'Take');
    take.type = 'button';
    take.setAttribute('aria-label', 'Take the chat waiting ' + waited(q.requested_at) + ': ' + (q.first_message || ''));
    take.addEventListener('click', function () {
      notice('');
      send({ type: 'take', handoff_id: q.handoff_id });
    });
    li.appendChild(take);
    return li;
  }

  window.setInterval(function () {
    Array.prototype.forEach.call(document.querySelectorAll('.wait[data-since]'), function (w) {
      w.textContent = waited(w.getAttribute('data-since'));
    });
  }, 1000);

  // ---- my chats -----------------------------------------------------------------------------

  function renderMine() {
    var list = $('mine');
    list.textContent = '';
    var ids = Object.keys(chats).filter(function (id) { return chats[id].open || Number(id) === current; });
    $('mine-empty').hidden = ids.length > 0;
    ids.forEach(function (id) {
      var c = chats[id];
      var li = el('li');
      var b = el('button', 'mine-chat', 'Chat ' + id + (c.team ? ' \u00b7 ' + teamName(c.team) : '')
        + (c.language ? ' \u00b7 ' + c.language.toUpperCase() : '') + (c.open ? '' : ' (ended)') + (c.unread ? ' \u00b7 new' : ''));
      b.type = 'button';
      b.setAttribute('data-conversation-id', id);
      if (Number(id) === current) { b.setAttribute('aria-current', 'true'); }
      b.addEventListener('click', function () { showChat(Number(id)); });
      li.appendChild(b);
      list.appendChild(li);
    });
  }

  function showChat(id) {
    var c = chats[id];
    if (!c) { return; }
    if (current !== id) { hideTone(); }
    current = id;
    c.unread = false;
    $('chat').hidden = false;
    $('chat-heading').textContent = 'Chat ' + id;
    renderFacts(c);
    renderFaq(c);
    var log = $('transcript');
    log.textContent = '';
    c.events.forEach(appendEvent);
    renderTyping();
    renderChatState();
    renderMine();
    $('canned-results').textContent = '';
  }

  function renderChatState() {
    var c = chats[current];
    var open = !!(c && c.open);
    ['reply', 'send', 'canned-query', 'transfer-team', 'transfer-note', 'resolution', 'hand-back'].forEach(function (name) {
      $(name).disabled = !open;
    });
    Array.prototype.forEach.call(document.querySelectorAll('#chat form button'), function (b) { b.disabled = !open; });
    $('reply-help').textContent = open ? 'Enter sends; Shift+Enter starts a new line.' : 'This chat is no longer yours.';
  }

  function renderFacts(c) {
    var facts = $('facts');
    facts.textContent = '';
    var v = c.view || {};
    var h = v.handoff || {};
    var rows = [['Language', (c.language || '').toUpperCase()], ['Status', v.status || ''], ['Team', teamName(h.team || c.team)],
      ['Handed over because', REASONS[h.reason] || h.reason || ''], ['Topic', h.topic || '\u2014'],
      ['Asked for a person at', h.requested_at ? time(h.requested_at) : '']];
    rows.forEach(function (r) {
      var wrap = el('div');
      wrap.appendChild(el('dt', null, r[0]));
      wrap.appendChild(el('dd', null, r[1]));
      facts.appendChild(wrap);
    });
  }

  function renderFaq(c) {
    var f = c.view && c.view.faq;
    $('faq').hidden = !f;
    var list = $('faq-candidates');
    list.textContent = '';
    if (!f) { return; }
    $('faq-question').textContent = 'For "' + f.question + '": ' + f.decision + ' (confidence ' + percent(f.confidence) + ')';
    (f.candidates || []).forEach(function (cand) {
      list.appendChild(el('li', null, (cand.question || cand.faq_id) + ' \u2014 ' + percent(cand.confidence)));
    });
    if (!f.candidates || f.candidates.length === 0) { list.appendChild(el('li', null, 'No candidates.')); }
  }

  function percent(x) { return Math.round((Number(x) || 0) * 100) + '%'; }

  function appendEvent(e) {
    var li = el('div', 'event ' + (e.author || 'system'));
    li.setAttribute('data-seq', e.seq || '');
    li.setAttribute('data-kind', e.kind || '');
    var head = el('p', 'who');
    var name = e.author === 'agent' && e.data && e.data.agent_name ? e.data.agent_name
      : e.author === 'visitor' ? 'Visitor' : e.author === 'bot' ? 'Bot' : 'System';
    head.appendChild(el('span', 'author', name));
    var t = el('time', null, time(e.at));
    t.setAttribute('datetime', e.at || '');
    head.appendChild(t);
    li.appendChild(head);
    li.appendChild(el('p', 'text', e.text !== undefined ? e.text : describe(e)));
    if (e.data && e.data.note) { li.appendChild(el('p', 'note', 'Note for colleagues: ' + e.data.note)); }
    if (e.data && e.data.resolution) { li.appendChild(el('p', 'note', 'Resolution: ' + (RESOLUTIONS[e.data.resolution] || e.data.resolution))); }
    var log = $('transcript');
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
  }

  function describe(e) { return '(' + String(e.kind || 'event').replace(/_/g, ' ') + ')'; }

  function renderTyping() {
    var c = chats[current];
    $('typing').textContent = c && c.typing ? 'The visitor is typing\u2026' : '';
  }

  function fillTeams() {
    var select = $('transfer-team');
    select.textContent = '';
    // the teams this person serves, and the supervisors, whom every agent may pass a chat to
    desk.teams.concat(['supervisor']).forEach(function (t) {
      if (select.querySelector('option[value="' + t + '"]')) { return; }
      var o = el('option', null, teamName(t));
      o.value = t;
      select.appendChild(o);
    });
  }

  // ---- writing ------------------------------------------------------------------------------

  function sendReply(text, anyway, id) {
    if (!text.trim() || current === null) { return; }
    var cid = id || clientId();
    var frame = { type: 'message', conversation_id: current, client_id: cid, text: text };
    if (anyway) { frame.anyway = true; }
    $('reply').setAttribute('data-client-id', cid);
    if (send(frame)) { $('send').disabled = true; }
    stopTyping();
  }

  function hideTone() {
    pending = null;
    $('tone').hidden = true;
  }

  function stopTyping() {
    window.clearTimeout(typingTimer);
    if (typingSent && current !== null && chats[current] && chats[current].open) {
      send({ type: 'typing', conversation_id: current, on: false });
    }
    typingSent = false;
  }

  $('reply-form').addEventListener('submit', function (event) {
    event.preventDefault();
    hideTone();
    sendReply($('reply').value, false);
  });

  $('reply').addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      hideTone();
      sendReply($('reply').value, false);
    }
  });

  $('reply').addEventListener('input', function () {
    if (current === null || !chats[current] || !chats[current].open) { return; }
    if (!typingSent && $('reply').value) {
      typingSent = true;
      send({ type: 'typing', conversation_id: current, on: true });
    }
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(stopTyping, 3000);
  });

  $('tone-use').addEventListener('click', function () {
    if (!pending) { return; }
    var box = $('reply');
    box.value = rephrase(pending.text, pending.avoid, pending.suggest);
    hideTone();
    box.focus();
  });

  // The reply with the phrase to avoid replaced by the suggestion (its own punctuation kept once);
  // just the suggestion when the phrase cannot be found as typed (other case of accents, quotes).
  function rephrase(text, avoid, suggest) {
    var at = text.toLowerCase().indexOf(avoid.toLowerCase());
    if (at < 0) { return suggest; }
    var rest = text.slice(at + avoid.length);
    if (/[.!?:\u2026]$/.test(suggest)) { rest = rest.replace(/^[.!?]/, ''); }
    return text.slice(0, at) + suggest + rest;
  }

  $('tone-anyway').addEventListener('click', function () {
    if (!pending) { return; }
    var p = pending;
    hideTone();
    sendReply(p.text, true, p.clientId);
    $('reply').focus();
  });

  $('canned-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var q = $('canned-query').value.trim();
    if (q && current !== null) { send({ type: 'canned', conversation_id: current, query: q }); }
  });

  function renderCanned(f) {
    if (f.conversation_id !== current) { return; }
    var list = $('canned-results');
    list.textContent = '';
    if (!f.results || f.results.length === 0) {
      list.appendChild(el('li', 'empty', 'No FAQ answer matches "' + f.query + '".'));
      return;
    }
    f.results.forEach(function (r) {
      var li = el('li');
      li.appendChild(el('p', 'question', r.question));
      li.appendChild(el('p', 'answer', r.answer));
      var b = el('button', 'insert', 'Insert answer');
      b.type = 'button';
      b.setAttribute('aria-label', 'Insert answer: ' + r.question);
      b.addEventListener('click', function () {
        var box = $('reply');
        box.value = box.value ? box.value + '\n' + r.answer : r.answer;
        box.focus();
      });
      li.appendChild(b);
      list.appendChild(li);
    });
    announce(f.results.length + ' FAQ answers found.');
  }

  $('transfer-form').addEventListener('submit', function (event) {
    event.preventDefault();
    if (current === null) { return; }
    var frame = { type: 'transfer', conversation_id: current, team: $('transfer-team').value };
    var note = $('transfer-note').value.trim();
    if (note) { frame.note = note; }
    stopTyping();
    if (send(frame)) { $('transfer-note').value = ''; }
  });

  $('close-form').addEventListener('submit', function (event) {
    event.preventDefault();
    if (current === null) { return; }
    stopTyping();
    send({ type: 'close', conversation_id: current, resolution: $('resolution').value });
  });

  $('hand-back').addEventListener('click', function () {
    if (current === null) { return; }
    stopTyping();
    send({ type: 'hand_back', conversation_id: current });
  });

  $('available').addEventListener('change', function () {
    wantAvailable = $('available').checked;
    send({ type: 'availability', available: wantAvailable });
  });

  // ---- session ------------------------------------------------------------------------------

  $('sign-out').addEventListener('click', function () {
    fetch('/api/session', { method: 'DELETE', credentials: 'same-origin', headers: { 'X-CSRF-Token': csrf || '' } })
      .finally(function () { window.location.assign('/login'); });
  });

  fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (me) { if (me) { csrf = me.csrf_token; } })
    .catch(function () { /* the socket says whether we are signed in */ });

  // For the console's other scripts (callbacks.js): send frames, hear frames, show a transcript.
  window.SwitchboardConsole = {
    send: send,
    on: function (type, fn) { (listeners[type] = listeners[type] || []).push(fn); },
    notice: notice,
    announce: announce,
    csrf: function () { return csrf; },
    showConversation: function (id) {
      current = Number(id);
      if (chats[current] && chats[current].view) { showChat(current); }
      send({ type: 'open', conversation_id: current });
      $('chat').hidden = false;
    }
  };

  renderChatState();
  connect();
})();
