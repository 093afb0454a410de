/*
 * Switchboard chat widget. Embed with one tag (docs/widget.md):
 *   <script src="https://HOST/widget/switchboard.js" data-site-key="KEY" async></script>
 * Speaks docs/protocol.md over one WebSocket. Every text from the server is rendered as text;
 * the only markup is the FAQ's [label](https://...) link in bot messages, built here.
 * Kept ASCII-only so it reads the same whatever the host page's encoding.
 */
(function () {
  'use strict';
  if (window.Switchboard) return;
  var script = document.currentScript || document.querySelector('script[src*="/widget/switchboard.js"]');
  if (!script) return;

  // English until the server's welcome brings the conversation language's labels (config/widget/).
  var EN = {
    title: 'Chat with us', launcher: 'Chat', messages: 'Messages', unread: 'New messages: {count}',
    message: 'Your message', placeholder: 'Type your question\u2026',
    comment_placeholder: 'Write a comment (optional)', send: 'Send', person: 'Talk to a person',
    minimise: 'Minimise chat', end: 'End chat', typing: '{name} is typing\u2026',
    connecting: 'Connecting\u2026', offline: 'You are offline. We will send your messages when the connection is back.',
    sending: 'Sending\u2026', not_sent: 'Not sent', you: 'You', agent: 'Support team',
    quick_replies: 'Suggested replies', too_long: 'This message is too long. Please keep it under {max} characters.',
    rate_limited: 'You are sending messages very quickly. Please wait a moment.',
    error: 'Something went wrong, and this message was not sent. Please try again.',
    callback_calendar: 'Add to calendar', callback_manage: 'Change or cancel', callback_slots: 'Call back times'
  };
  var RTL = { ar: 1, fa: 1, he: 1, ur: 1 };
  var LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s()]+)\)/g;

  var data = script.dataset;
  var server = (data.server || script.src.replace(/\/widget\/[^\/]*$/, '')).replace(/\/+$/, '');
  var wsUrl = server.replace(/^http/, 'ws') + '/ws/chat';
  var siteKey = data.siteKey || '';
  var language = (data.language || navigator.language || 'en').split('-')[0].toLowerCase();
  var storeKey = 'switchboard:' + siteKey;

  var labels = EN, botName = '', maxText = 4096;
  var saved = load();
  var token = saved.token || null;
  var seen = saved.seq || 0;  // bot messages up to this seq were shown on an earlier page: not unread
  var shown = {}, stored = [], lastSeq = 0;  // stored: the visitor's acknowledged bubbles awaiting their event
  var outbox = [], sentAt = [];
  var ws = null, welcomed = false, retry = 500, retryTimer = 0, pingTimer = 0, pongTimer = 0, flushTimer = 0;
  var open = false, unread = 0, surveyComment = false, typingTimer = 0, statusKey = '';
  var typingSent = false, typingSentTimer = 0;  // the visitor's own typing, shown to an agent
  // Who answers (the conversation's status): while it is the bot, a message the server has not
  // acknowledged after WORKING ms shows the bot typing until the answer comes.
  var answering = 'bot', workTimer = 0, typingAuthor = '', WORKING = 300;
  // The events that move the status, as ConversationStatus (bot module) allows; plus callback_booked: queued to bot.
  var ANSWERER = { handoff_requested: 'queued', conversation_transferred: 'queued', agent_joined: 'with_agent',
    agent_left: 'bot', conversation_reopened: 'bot', conversation_resolved: 'resolved' };

  function el(tag, cls, attrs) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) parent.appendChild(arguments[i]);
    return parent;
  }
  function t(key, vars) {
    return String(labels[key] || EN[key]).replace(/\{(\w+)\}/g, function (m, k) {
      return vars && k in vars ? vars[k] : m;
    });
  }

  // ---- the DOM ----
  var root = el('div', 'sbw', { lang: 'en', dir: 'ltr' });
  var launcher = el('button', 'sbw-launcher', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'sbw-panel' });
  var launcherText = el('span'), badge = el('span', 'sbw-badge', { 'aria-hidden': 'true' }), unreadText = el('span', 'sbw-sr');
  launcher.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';
  add(launcher, launcherText, badge, unreadText);
  var panel = el('div', 'sbw-panel', { id: 'sbw-panel', role: 'dialog', 'aria-labelledby': 'sbw-title' });
  var title = el('h2', 'sbw-title', { id: 'sbw-title' });
  var endButton = el('button', 'sbw-end', { type: 'button' });
  var minButton = el('button', 'sbw-min', { type: 'button' });
  minButton.innerHTML = '<span aria-hidden="true">&#8722;</span>';
  var status = el('p', 'sbw-status', { role: 'status' });
  var log = el('div', 'sbw-log', { role: 'log', 'aria-live': 'polite', tabindex: '0' });
  var typing = el('p', 'sbw-typing'), typingText = el('span');
  add(typing, add(el('span', 'sbw-dots', { 'aria-hidden': 'true' }), el('i'), el('i'), el('i')), typingText);
  var replies = el('div', 'sbw-replies', { role: 'group' });
  var notice = el('p', 'sbw-notice', { role: 'alert' });
  var personButton = el('button', 'sbw-person', { type: 'button' });
  var form = el('form', 'sbw-form');
  var input = el('textarea', 'sbw-input', { rows: '1', dir: 'auto', maxlength: String(maxText) });
  var sendButton = el('button', 'sbw-send', { type: 'submit' });
  add(panel, add(el('div', 'sbw-head'), title, endButton, minButton), status, log, typing, replies, notice,
      add(el('div', 'sbw-bar'), personButton), add(form, input, sendButton));
  add(root, panel, launcher);
  root.hidden = panel.hidden = typing.hidden = replies.hidden = notice.hidden = status.hidden = badge.hidden = true;
  color(data.color);

  function applyLabels() {
    title.textContent = t('title');
    launcherText.textContent = t('launcher');
    log.setAttribute('aria-label', t('messages'));
    replies.setAttribute('aria-label', t('quick_replies'));
    endButton.textContent = t('end');
    minButton.setAttribute('aria-label', t('minimise'));
    minButton.title = t('minimise');
    personButton.textContent = t('person');
    sendButton.textContent = t('send');
    input.setAttribute('aria-label', t('message'));
    input.placeholder = t(surveyComment ? 'comment_placeholder' : 'placeholder');
    renderBadge();
    setStatus(statusKey);
  }

  // data-color: the accent; text on it is black or white, whichever contrasts more (WCAG luminance).
  function color(value) {
    if (!/^#([0-9a-f]{3}){1,2}$/i.test(value || '')) return;
    var hex = value.length === 4 ? value.replace(/[0-9a-f]/gi, '$&$&') : value;
    var lum = [1, 3, 5].reduce(function (sum, i, n) {
      var c = parseInt(hex.substr(i, 2), 16) / 255;
      c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      return sum + c * [0.2126, 0.7152, 0.0722][n];
    }, 0);
    root.style.setProperty('--sbw-accent', hex);
    root.style.setProperty('--sbw-on-accent', lum > 0.179 ? '#000' : '#fff');
  }

  // ---- storage: the token and the highest seq shown, per site key ----
  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || {}; } catch (e) { return {}; }
  }
  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify({ token: token, seq: lastSeq, open: open })); } catch (e) { /* private mode */ }
  }

  // ---- the connection ----
  function connect() {
    clearTimeout(retryTimer);
    retryTimer = 0;
    if (ws) return;
    var socket;
    try { socket = new WebSocket(wsUrl); } catch (e) { return reconnectLater(); }
    ws = socket;
    if (!statusKey) setStatus('connecting');  // once offline, says so until connected again
    socket.onopen = function () {
      var hello = { type: 'hello', site_key: siteKey, language: language, time_zone: timeZone(), last_seq: lastSeq };
      if (token) hello.token = token;
      send(hello);
    };
    socket.onmessage = function (m) {
      var frames;
      try { frames = JSON.parse(m.data); } catch (e) { return; }
      // one frame, or a turn's frames in one message, in order (docs/protocol.md)
      frames = Array.isArray(frames) ? frames : [frames];
      for (var i = 0; i < frames.length && ws === socket; i++) receive(frames[i]);
    };
    socket.onclose = function () { drop(socket); };
  }
  function drop(socket) {
    if (ws !== socket) return;
    ws = null;
    welcomed = typingSent = false;
    clearInterval(pingTimer);
    clearTimeout(pongTimer);
    try { socket.close(); } catch (e) { /* already closed */ }
    hideTyping();
    setStatus('offline');
    reconnectLater();
  }
  function reconnectLater() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, retry);
    retry = Math.min(retry * 2, 10000);
  }
  function send(frame) {
    if (!ws || ws.readyState !== 1) return false;
    ws.send(JSON.stringify(frame));
    sentAt.push(Date.now());
    return true;
  }
  function ping() {
    var socket = ws;
    if (send({ type: 'ping' })) pongTimer = setTimeout(function () { drop(socket); }, 10000);
  }
  function timeZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return undefined; }
  }

  // Sends what the outbox holds, in order, that this connection has not sent yet; stays under
  // the server's 10 frames per second.
  function flush() {
    clearTimeout(flushTimer);
    if (!welcomed) return;
    for (var i = 0; i < outbox.length; i++) {
      if (outbox[i].socket === ws) continue;
      var now = Date.now();
      sentAt = sentAt.filter(function (at) { return now - at < 1000; });
      if (sentAt.length >= 8) { flushTimer = setTimeout(flush, 1000); return; }
      if (send(outbox[i].frame)) outbox[i].socket = ws;
    }
  }

  function receive(f) {
    if (f.type === 'welcome') welcome(f);
    else if (f.type === 'event') event(f);
    else if (f.type === 'ack') ack(f);
    else if (f.type === 'typing') f.on ? showTyping(f.author) : hideTyping();
    else if (f.type === 'pong') clearTimeout(pongTimer);
    else if (f.type === 'error') error(f);
  }

  function welcome(f) {
    welcomed = true;
    retry = 500;
    token = f.token || token;
    if (f.labels) labels = f.labels;
    botName = f.bot_name || botName;
    var c = f.conversation || {};
    if (c.status) answering = c.status;
    if (c.language) {
      root.setAttribute('lang', c.language);
      root.setAttribute('dir', RTL[c.language] ? 'rtl' : 'ltr');
    }
    if (f.limits && f.limits.text) input.setAttribute('maxlength', maxText = f.limits.text);
    save();
    setStatus('');
    applyLabels();
    clearInterval(pingTimer);
    pingTimer = setInterval(ping, 25000);
    flush();
  }

  function event(f) {
    if (typeof f.seq !== 'number' || shown[f.seq]) return;
    shown[f.seq] = true;
    lastSeq = Math.max(lastSeq, f.seq);
    save();
    follow(f.kind);
    if (ANSWERER[f.kind]) answering = ANSWERER[f.kind];
    else if (f.kind === 'callback_booked' && answering === 'queued') answering = 'bot';
    var fromTeam = f.author === 'bot' || f.author === 'agent';
    if (fromTeam) hideTyping();
    if (f.text && f.author !== 'system') showReplies(fromTeam ? f.quick_replies || [] : [], f.data && f.data.slots);
    if (!f.text) return;
    if (f.author === 'visitor' && stored.length && stored[0].seq <= f.seq) {
      var mine = stored.shift().node;  // this page's own bubble: it gets the event's seq and time
      mine.setAttribute('data-seq', f.seq);
      stamp(mine, f.at);
      return;
    }
    var node = bubble(f.author, f.text, f.at, f.seq);
    if (f.kind === 'callback_booked') booked(node, f.data || {});
    place(node);
    if (fromTeam && !open && f.seq > seen) {
      unread++;
      renderBadge();
    }
  }

  // The survey's comment: after a rating and until a comment, typing answers the survey.
  function follow(kind) {
    var was = surveyComment;
    if (kind === 'survey_answered') surveyComment = true;
    else if (/^(survey_comment_received|survey_requested|conversation_started|conversation_reopened)$/.test(kind)) surveyComment = false;
    if (was !== surveyComment) applyLabels();
  }

  // The ack comes before the event that shows the frame (the first visitor text event from
  // its seq on), except after a reconnect, when the replay may already have shown it.
  function ack(f) {
    botDone();
    var item = take(f.client_id);
    if (!item || !item.node) return;
    var node = item.node;
    if (shown[f.seq]) {
      node.parentNode.removeChild(node);
      return;
    }
    node.classList.remove('sbw-pending');
    stamp(node, new Date().toISOString());
    stored.push({ node: node, seq: f.seq });
  }

  function error(f) {
    botDone();
    if (f.code === 'unknown_conversation') return startAnew();
    var item = f.client_id ? find(f.client_id) : null;
    if (f.code === 'rate_limited' || f.code === 'unavailable') {
      if (item) item.socket = null;  // dropped, not refused: send it again in a moment
      clearTimeout(flushTimer);
      flushTimer = setTimeout(flush, 2000);
    } else if (item) {
      take(f.client_id);
      if (item.node) {
        item.node.className = item.node.className.replace('sbw-pending', 'sbw-failed');
        item.node.lastChild.textContent = t('not_sent');
      }
    }
    if (/^(too_long|rate_limited)$/.test(f.code)) showNotice(t(f.code, { max: maxText }));
    else if (item) showNotice(t('error'));
  }

  // The server no longer knows this conversation: forget it and start a new one on a new
  // connection; the visitor's unacknowledged messages go to the new conversation.
  function startAnew() {
    token = null;
    lastSeq = seen = 0;
    shown = {};
    stored = [];
    var nodes = log.querySelectorAll('.sbw-msg:not(.sbw-pending)');
    for (var i = 0; i < nodes.length; i++) log.removeChild(nodes[i]);
    showReplies([]);
    save();
    drop(ws);
    setStatus('connecting');
    connect();
  }

  function find(clientId) {
    for (var i = 0; i < outbox.length; i++) if (outbox[i].frame.client_id === clientId) return outbox[i];
    return null;
  }
  function take(clientId) {
    var item = find(clientId);
    if (item) outbox.splice(outbox.indexOf(item), 1);
    return item;
  }

  // ---- what the visitor does ----
  // Every action goes through the outbox with its own client_id, and is sent again with the same
  // id after a reconnect until the server acknowledges it. `text` makes a pending bubble.
  function act(frame, text) {
    frame.client_id = uuid();
    showReplies([]);
    notice.hidden = true;
    var item = { frame: frame, socket: null, node: null };
    if (text) {
      item.node = bubble('visitor', text, null, null);
      log.appendChild(item.node);
      scroll();
    }
    outbox.push(item);
    if (!ws) connect();
    flush();
    if (answering === 'bot' || answering === 'resolved') {
      clearTimeout(workTimer);
      workTimer = setTimeout(function () { if (outbox.indexOf(item) >= 0) showTyping('bot'); }, WORKING);
    }
  }

  // The server answered (an ack comes with the turn's events, or an error): the bot is no longer working.
  function botDone() {
    clearTimeout(workTimer);
    if (typingAuthor === 'bot') hideTyping();
  }

  // Tells the server when the visitor starts and stops writing (after 4 s without a key): two
  // frames a burst, never stored.
  function visitorTyping(on) {
    clearTimeout(typingSentTimer);
    if (on) typingSentTimer = setTimeout(function () { visitorTyping(false); }, 4000);
    if (on === typingSent || !welcomed) return;
    typingSent = on;
    send({ type: 'typing', on: on });
  }

  function submit() {
    var text = input.value;
    if (!text.trim()) return;
    visitorTyping(false);
    input.value = '';
    resize();
    if (surveyComment) {
      act({ type: 'survey', comment: text }, text);
      surveyComment = false;
      applyLabels();
    } else {
      act({ type: 'message', text: text }, text);
    }
  }

  // ---- rendering ----
  function bubble(author, text, at, seq) {
    var node = el('div', 'sbw-msg sbw-' + author + (seq ? '' : ' sbw-pending'));
    if (seq) node.setAttribute('data-seq', seq);
    var who = el('span', 'sbw-sr');
    who.textContent = (author === 'visitor' ? t('you') : author === 'agent' ? t('agent') : botName) + ': ';
    var body = el('p', 'sbw-text', { dir: 'auto' });  // each message in its own direction
    if (author === 'bot') links(body, text);
    else body.textContent = text;
    add(node, who, body, el('span', 'sbw-meta'));
    if (at) stamp(node, at);
    else node.lastChild.textContent = t('sending');
    return node;
  }

  // The FAQ's only markup: [label](https://...) becomes a link; everything else stays text.
  function links(parent, text) {
    var from = 0, m;
    LINK.lastIndex = 0;
    while ((m = LINK.exec(text))) {
      parent.appendChild(document.createTextNode(text.slice(from, m.index)));
      var a = el('a', null, { href: m[2], target: '_blank', rel: 'noopener noreferrer' });
      a.textContent = m[1];
      parent.appendChild(a);
      from = LINK.lastIndex;
    }
    parent.appendChild(document.createTextNode(text.slice(from)));
  }

  function stamp(node, at) {
    var d = new Date(at), meta = node.lastChild;
    meta.textContent = '';
    if (isNaN(d)) return;
    var time = el('time', null, { datetime: at });
    time.textContent = pad(d.getHours()) + ':' + pad(d.getMinutes());
    meta.appendChild(time);
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }

  // Stored events go before the visitor's pending bubbles, which stay last until acknowledged.
  function place(node) {
    log.insertBefore(node, log.querySelector('.sbw-pending'));
    scroll();
  }
  function scroll() { log.scrollTop = log.scrollHeight; }

  // Call back slots come grouped by day: a heading per day, the times as buttons (full label for screen readers).
  function showReplies(list, slots) {
    replies.textContent = '';
    var days = {}, day = null, group = replies;
    (slots || []).forEach(function (s) { days[s.reply_id] = s; });
    list.forEach(function (q) {
      var s = days[q.id];
      if (s && s.day !== day) {
        day = s.day;
        group = el('div', 'sbw-day', { role: 'group', 'aria-label': t('callback_slots') + ': ' + day });
        var h = el('p', 'sbw-dayname');
        h.textContent = day;
        add(replies, add(group, h));
      } else if (!s) group = replies;
      var b = el('button', null, { type: 'button' });
      b.textContent = s ? s.time : q.label;
      if (s) b.setAttribute('aria-label', q.label);
      b.onclick = function () {
        act({ type: 'quick_reply', reply_id: q.id }, q.label);
        input.focus();
      };
      group.appendChild(b);
    });
    replies.hidden = !list.length;
  }

  // A booked call back: links to its calendar file and manage page on this server, from a checked token only.
  function booked(node, d) {
    var token = d.manage_token;
    if (!/^[A-Za-z0-9_-]{43}$/.test(token || '')) return;
    var p = el('p', 'sbw-links');
    [['callback_calendar', server + '/api/callbacks/' + token + '/callback.ics', 1],
      ['callback_manage', server + '/callback/#' + token]].forEach(function (l) {
      var a = el('a', null, { href: l[1], target: '_blank', rel: 'noopener noreferrer' });
      if (l[2]) a.setAttribute('download', 'callback.ics');
      a.textContent = t(l[0]);
      p.appendChild(a);
    });
    node.insertBefore(p, node.lastChild);
  }

  function showTyping(author) {
    typingAuthor = author;
    typingText.textContent = t('typing', { name: author === 'agent' ? t('agent') : botName });
    typing.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, 20000);
    scroll();
  }
  function hideTyping() { typing.hidden = true; typingAuthor = ''; }

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = false;
  }
  function setStatus(key) {
    statusKey = key;
    status.textContent = key ? t(key) : '';
    status.hidden = !key;
  }
  function renderBadge() {
    badge.textContent = unread > 99 ? '99+' : unread;
    badge.hidden = !unread;
    unreadText.textContent = unread ? ' (' + t('unread', { count: unread }) + ')' : '';
  }
  function resize() {
    input.style.height = 'auto';
    input.style.height = input.scrollHeight + 2 + 'px';
  }

  // ---- opening and minimising ----
  function show(focus) {
    open = true;
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    unread = 0;
    renderBadge();
    save();
    if (!ws) connect();
    scroll();
    if (focus) input.focus();
  }
  function minimise() {
    open = false;
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    save();
    launcher.focus();
  }

  launcher.onclick = function () { open ? minimise() : show(true); };
  minButton.onclick = minimise;
  endButton.onclick = function () { act({ type: 'close' }); };
  personButton.onclick = function () { act({ type: 'person' }); };
  form.onsubmit = function (e) { e.preventDefault(); submit(); input.focus(); };
  input.oninput = function () {
    resize();
    visitorTyping(!!input.value.trim());
  };
  input.onkeydown = function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      submit();
    }
  };
  root.onkeydown = function (e) {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      minimise();
    }
  };
  window.addEventListener('online', function () {
    if (!ws) { retry = 500; connect(); }
  });

  function uuid() {
    var c = window.crypto;
    if (c && c.randomUUID) return c.randomUUID();
    var b = new Uint8Array(16), i;
    if (c && c.getRandomValues) c.getRandomValues(b);
    else for (i = 0; i < 16; i++) b[i] = Math.random() * 256;
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = '';
    for (i = 0; i < 16; i++) h += (b[i] + 256).toString(16).slice(1) + (i === 3 || i === 5 || i === 7 || i === 9 ? '-' : '');
    return h;
  }

  // ---- start ----
  function mount() {
    var css = el('link', null, { rel: 'stylesheet', href: server + '/widget/switchboard.css' });
    css.onload = css.onerror = function () { root.hidden = false; };
    document.head.appendChild(css);
    document.body.appendChild(root);
    applyLabels();
    if (saved.open) show(false);
    else if (token) connect();  // resume, so replies that came while away show as unread
  }
  window.Switchboard = { open: function () { show(true); }, minimise: minimise };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
