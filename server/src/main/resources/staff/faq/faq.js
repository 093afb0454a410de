// The FAQ editor's page (docs/faq-editor.md; the API is docs/faq-editor-api.md): entries and their
// editor with the plain-language check, conflicts, "Try it" and the history; the questions the bot
// could not answer; review dates; regression questions; jargon lists; import and export.
// Every text that comes from the server, a visitor or a colleague is put in with textContent,
// never as HTML. Every write sends the session's CSRF token; an edit carries the version it was
// based on, and a colleague's change in between (409) is shown with a way to reload.
(function () {
  'use strict';

  var LANGUAGES = { en: 'English', vi: 'Vietnamese', el: 'Greek', tl: 'Tagalog', ar: 'Arabic' };
  var OTHER_LANGUAGES = ['vi', 'el', 'tl', 'ar'];
  var DECISIONS = { ANSWER: 'Answers', OPTIONS: 'Offers options', HANDOFF: 'Hands over to a person' };
  var ACTIONS = { created: 'Created', edited: 'Edited', published: 'Published', withdrawn: 'Withdrawn',
    reverted: 'Reverted', imported: 'Imported', phrasings_added: 'Phrasings added' };
  var REASONS = { handoff: 'ended with a person', no_answer: 'asked to say more, never did',
    options_not_picked: 'options offered, none picked',
    not_helpful: '“No, that didn\'t help”', public_question: 'public question nobody answered' };
  var KINDS = { long_sentence: 'Long sentence', readability: 'Hard to read', jargon: 'Jargon' };
  var TABS = ['entries', 'unanswered', 'review', 'regression', 'jargon', 'import'];

  var csrf = null;
  var me = { login: '', display_name: '' };
  var entry = null;      // the entry in the editor: {id, isNew, head, live, status, content, ...}
  var dirty = false;     // the form holds changes not saved
  var known = [];        // every entry (id, question, category) for the pickers
  var pendingImport = null;
  var listLoads = 0;
  var checkRuns = 0;
  var checkTimer = 0;

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function button(text, className, onClick) {
    var b = el('button', className, text);
    b.type = 'button';
    if (onClick) { b.addEventListener('click', onClick); }
    return b;
  }

  // ---- messages ------------------------------------------------------------------------------

  function notice(text) { $('notice').textContent = text || ''; }

  function say(text) {
    var s = $('status');
    s.textContent = '';
    window.setTimeout(function () { s.textContent = text; }, 30);
  }

  function explain(status) {
    if (status === 0) { return 'the server could not be reached'; }
    if (status === 403) { return 'only editors may do this (the server answered 403)'; }
    if (status === 404) { return 'the server does not know this (404 Not Found)'; }
    if (status === 405) { return 'the server does not offer this here (405)'; }
    return 'the server answered ' + status;
  }

  function problem(res, what) {
    return what + ': ' + ((res.body && res.body.error) || explain(res.status)) + '.';
  }

  // ---- the API -------------------------------------------------------------------------------

  function api(method, path, body, bytes) {
    var headers = { Accept: 'application/json' };
    var payload;
    if (method !== 'GET') { headers['X-CSRF-Token'] = csrf || ''; }
    if (bytes !== undefined) {
      headers['Content-Type'] = 'application/octet-stream';
      payload = bytes;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    return fetch(path, { method: method, credentials: 'same-origin', headers: headers, body: payload })
      .then(function (r) {
        if (r.status === 401) {
          window.location.assign('/login?next=' + encodeURIComponent('/staff/faq/'));
          return { status: 401, body: { error: 'You are signed out' } };
        }
        return r.text().then(function (t) {
          var b = {};
          try { b = t ? JSON.parse(t) : {}; } catch (e) { b = {}; }
          return { status: r.status, body: b || {} };
        });
      }, function (e) {
        return { status: 0, body: { error: 'the server could not be reached (' + e.message + ')' } };
      });
  }

  function enc(s) { return encodeURIComponent(s); }

  function query(params) {
    var parts = Object.keys(params).filter(function (k) { return params[k] !== '' && params[k] !== null && params[k] !== undefined; })
      .map(function (k) { return enc(k) + '=' + enc(params[k]); });
    return parts.length ? '?' + parts.join('&') : '';
  }

  function when(iso) {
    if (!iso) { return '—'; }
    var d = new Date(iso);
    return isNaN(d.getTime()) ? String(iso) : d.toLocaleString();
  }

  function pct(x) {
    return typeof x === 'number' ? Math.round(x * 100) + '%' : '—';
  }

  function lines(text) {
    return String(text).split('\n').map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function list(text, separator) {
    return String(text).split(separator).map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function count(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  function languageName(code) { return LANGUAGES[code] || code || '—'; }

  // ---- tabs ----------------------------------------------------------------------------------

  var loaders = {
    entries: function () { loadList(); },
    unanswered: function () { loadClusters(); },
    review: function () { loadOverdue(); },
    regression: function () { loadRegression(); },
    jargon: function () { loadJargon(); },
    'import': function () {}
  };

  function showTab(name, focus) {
    TABS.forEach(function (t) {
      var on = t === name;
      $('tab-' + t).setAttribute('aria-selected', on ? 'true' : 'false');
      $('tab-' + t).tabIndex = on ? 0 : -1;
      $('panel-' + t).hidden = !on;
    });
    if (focus) { $('tab-' + name).focus(); }
    if (window.history.replaceState) { window.history.replaceState(null, '', '#' + name); }
    loaders[name]();
  }

  TABS.forEach(function (t, i) {
    var tab = $('tab-' + t);
    tab.addEventListener('click', function () { showTab(t, false); });
    tab.addEventListener('keydown', function (event) {
      var to = null;
      if (event.key === 'ArrowRight') { to = TABS[(i + 1) % TABS.length]; }
      if (event.key === 'ArrowLeft') { to = TABS[(i + TABS.length - 1) % TABS.length]; }
      if (event.key === 'Home') { to = TABS[0]; }
      if (event.key === 'End') { to = TABS[TABS.length - 1]; }
      if (to) {
        event.preventDefault();
        showTab(to, true);
      }
    });
  });

  // ---- the entries' list ---------------------------------------------------------------------

  function filters() {
    return { q: $('f-q').value.trim(), language: $('f-language').value, category: $('f-category').value.trim(),
      status: $('f-status').value, overdue: $('f-overdue').checked ? 'true' : '' };
  }

  function loadList() {
    var mine = ++listLoads;
    $('entry-list').setAttribute('aria-busy', 'true');
    return api('GET', '/api/faq/entries' + query(filters())).then(function (res) {
      if (mine !== listLoads) { return; }
      $('entry-list').removeAttribute('aria-busy');
      if (res.status !== 200) {
        notice(problem(res, 'The entries could not be loaded'));
        renderList([], 0);
        return;
      }
      renderList(res.body.entries || [], res.body.total);
    });
  }

  function renderList(entries, total) {
    var ul = $('entry-list');
    ul.textContent = '';
    entries.forEach(function (e) {
      var li = el('li', 'entry-item');
      li.setAttribute('data-id', e.id);
      var b = button('', 'entry-link', function () { openEntry(e.id); });
      b.appendChild(el('span', 'q', e.question));
      var meta = [e.id, languageName(e.language)];
      if (e.category) { meta.push(e.category); }
      meta.push(e.status === 'published' ? 'published' : 'draft');
      if (e.overdue) { meta.push('past review date'); }
      if (e.languages && e.languages.length > 1) { meta.push(e.languages.length + ' languages'); }
      b.appendChild(el('span', 'meta', meta.join(' · ')));
      if (entry && entry.id === e.id) { b.setAttribute('aria-current', 'true'); }
      li.appendChild(b);
      ul.appendChild(li);
    });
    $('entry-count').textContent = String(typeof total === 'number' ? total : entries.length);
    $('list-empty').hidden = entries.length > 0;
  }

  function markCurrent() {
    Array.prototype.forEach.call(document.querySelectorAll('#entry-list .entry-item'), function (li) {
      var b = li.querySelector('button');
      if (entry && li.getAttribute('data-id') === entry.id) { b.setAttribute('aria-current', 'true'); } else { b.removeAttribute('aria-current'); }
    });
  }

  // every entry, for the follow-up, regression and "add to" pickers and the categories
  function loadKnown() {
    return api('GET', '/api/faq/entries').then(function (res) {
      if (res.status !== 200) { return; }
      known = res.body.entries || [];
      var ids = $('entry-ids');
      ids.textContent = '';
      var categories = {};
      known.forEach(function (e) {
        var o = el('option');
        o.value = e.id;
        o.label = e.question;
        ids.appendChild(o);
        if (e.category) { categories[e.category] = true; }
      });
      var cats = $('categories');
      cats.textContent = '';
      Object.keys(categories).sort().forEach(function (c) {
        var o = el('option');
        o.value = c;
        cats.appendChild(o);
      });
    });
  }

  $('entry-filters').addEventListener('submit', function (event) { event.preventDefault(); loadList(); });
  $('entry-filters').addEventListener('change', function (event) {
    if (event.target.tagName === 'SELECT' || event.target.type === 'checkbox') { loadList(); }
  });
  $('f-clear').addEventListener('click', function () {
    $('f-q').value = '';
    $('f-language').value = '';
    $('f-category').value = '';
    $('f-status').value = '';
    $('f-overdue').checked = false;
    loadList();
  });

  // ---- the editor ----------------------------------------------------------------------------

  function buildTranslations() {
    var box = $('translations');
    OTHER_LANGUAGES.forEach(function (lang) {
      var d = el('details', 'translation');
      d.id = 't-' + lang;
      var summary = el('summary', null, LANGUAGES[lang]);
      summary.id = 't-' + lang + '-summary';
      d.appendChild(summary);
      [['question', 'Question', 'input'], ['alternates', 'Other ways to ask it (one per line)', 'textarea'],
        ['answer', 'Answer', 'textarea']].forEach(function (f) {
        var id = 't-' + lang + '-' + f[0];
        var label = el('label', null, f[1] + ' (' + LANGUAGES[lang] + ')');
        label.htmlFor = id;
        var input = el(f[2]);
        input.id = id;
        input.lang = lang;
        input.dir = lang === 'ar' ? 'rtl' : 'auto';
        if (f[2] === 'input') { input.type = 'text'; input.autocomplete = 'off'; } else { input.rows = f[0] === 'answer' ? 5 : 3; }
        d.appendChild(label);
        d.appendChild(input);
      });
      box.appendChild(d);
    });
  }

  function setDirty(on) {
    dirty = on;
    $('dirty').hidden = !on;
  }

  function showEditor() {
    $('editor').hidden = false;
    $('editor-empty').hidden = true;
  }

  function fillForm(c) {
    c = c || {};
    $('e-id').value = c.id || '';
    $('e-id').readOnly = !entry.isNew;
    $('e-id-note').textContent = entry.isNew ? 'Letters, digits and hyphens; it cannot change once the entry is saved.'
      : 'The id cannot change once the entry is saved.';
    $('e-language').value = c.language || 'en';
    $('e-question').value = c.question || '';
    $('e-alternates').value = (c.alternates || []).join('\n');
    $('e-answer').value = c.answer || '';
    var tags = c.tags || [];
    $('e-category').value = tags[0] || '';
    $('e-tags').value = tags.slice(1).join(', ');
    $('e-follow-ups').value = (c.follow_ups || []).join(', ');
    $('e-owner').value = c.owner || '';
    $('e-review-by').value = c.review_by || '';
    var tr = c.translations || {};
    OTHER_LANGUAGES.forEach(function (lang) {
      var t = tr[lang] || {};
      $('t-' + lang + '-question').value = t.question || '';
      $('t-' + lang + '-alternates').value = (t.alternates || []).join('\n');
      $('t-' + lang + '-answer').value = t.answer || '';
      $('t-' + lang).open = !!(t.question || t.answer);
      $('t-' + lang + '-summary').textContent = LANGUAGES[lang] + (t.question || t.answer ? '' : ' (not written yet)');
    });
  }

  // the entry as the form shows it, keeping any field the page does not edit; for the check and
  // "try it" (forPreview) a translation still being written is left out and a new entry without
  // an id yet gets a stand-in, so the warnings can come while typing
  function formContent(forPreview) {
    var c = JSON.parse(JSON.stringify((entry && entry.content) || {}));
    c.id = $('e-id').value.trim();
    c.language = $('e-language').value;
    c.question = $('e-question').value.trim();
    c.alternates = lines($('e-alternates').value);
    c.answer = $('e-answer').value.trim();
    var category = $('e-category').value.trim();
    var tags = category ? [category] : [];
    list($('e-tags').value, ',').forEach(function (t) { if (tags.indexOf(t) < 0) { tags.push(t); } });
    c.tags = tags;
    c.follow_ups = list($('e-follow-ups').value, /[\s,]+/);
    c.owner = $('e-owner').value.trim() || null;
    c.review_by = $('e-review-by').value || null;
    var tr = {};
    OTHER_LANGUAGES.forEach(function (lang) {
      var q = $('t-' + lang + '-question').value.trim();
      var a = $('t-' + lang + '-answer').value.trim();
      var alts = lines($('t-' + lang + '-alternates').value);
      if (forPreview ? q && a : q || a || alts.length) { tr[lang] = { question: q, alternates: alts, answer: a }; }
    });
    c.translations = tr;
    if (forPreview && !c.id) { c.id = 'new-entry'; }
    return c;
  }

  function renderState() {
    $('editor-heading').textContent = entry.isNew ? 'New entry' : 'Entry ' + entry.id;
    var parts = [];
    if (entry.isNew) {
      parts.push('Not saved yet');
    } else {
      parts.push(entry.status === 'published' ? 'Published' : 'Draft');
      parts.push('latest version ' + entry.head);
      parts.push(entry.live ? 'the bot serves version ' + entry.live : 'the bot does not serve this entry');
      if (entry.updatedBy) { parts.push('last changed by ' + entry.updatedBy + ', ' + when(entry.updatedAt)); }
      if (entry.overdue) { parts.push('past its review date'); }
    }
    var state = $('entry-state');
    state.textContent = parts.join(' · ');
    state.setAttribute('data-status', entry.isNew ? 'new' : entry.status);
    state.setAttribute('data-head', entry.isNew ? '' : String(entry.head));
    state.setAttribute('data-live', entry.live ? String(entry.live) : '');
    $('withdraw').disabled = entry.isNew || !entry.live;
    // a draft of a served entry: what visitors get until it is published
    var served = !entry.isNew && entry.live && entry.live !== entry.head && entry.liveContent;
    $('live-view').hidden = !served;
    if (served) {
      $('live-summary').textContent = 'What the bot serves now (version ' + entry.live + ')';
      $('live-question').textContent = entry.liveContent.question || '';
      $('live-answer').textContent = entry.liveContent.answer || '';
    }
  }

  function confirmDiscard() {
    return !dirty || window.confirm('Discard your unsaved changes to this entry?');
  }

  function openEntry(id, keepResult) {
    return api('GET', '/api/faq/entries/' + enc(id)).then(function (res) {
      if (res.status !== 200) {
        notice(problem(res, 'Entry ' + id + ' could not be opened'));
        return false;
      }
      var same = entry && entry.id === id;
      var b = res.body;
      entry = { id: id, isNew: false, head: b.head_version, live: b.live_version, status: b.status, content: b.content || {},
        liveContent: b.live, updatedAt: b.updated_at, updatedBy: b.updated_by, overdue: b.overdue };
      fillForm(entry.content);
      setDirty(false);
      $('conflict').hidden = true;
      if (!same || !keepResult) { $('publish-result').hidden = true; }
      if (!same) { clearTry(); $('diff').textContent = ''; }
      showEditor();
      renderState();
      markCurrent();
      loadVersions();
      scheduleCheck(0);
      return true;
    });
  }

  function newEntry() {
    if (!confirmDiscard()) { return; }
    showTab('entries', false);
    entry = { id: null, isNew: true, head: null, live: null, status: 'new', content: {} };
    fillForm({ language: $('f-language').value || 'en', owner: me.login });
    setDirty(false);
    $('conflict').hidden = true;
    $('publish-result').hidden = true;
    clearTry();
    $('diff').textContent = '';
    showEditor();
    renderState();
    markCurrent();
    loadVersions();
    renderChecks(null);
    $('e-id').focus();
  }

  function save() {
    notice('');
    var c = formContent();
    if (entry.isNew) {
      return api('POST', '/api/faq/entries', { content: c }).then(function (res) {
        if (res.status === 201) {
          say('Draft ' + res.body.id + ' saved as version ' + res.body.head_version + '. The bot does not serve it until you publish.');
          entry.id = res.body.id;
          loadKnown();
          loadList();
          return openEntry(res.body.id);
        }
        notice(problem(res, 'The new entry was not saved'));
        return false;
      });
    }
    return api('PUT', '/api/faq/entries/' + enc(entry.id), { content: c, base_version: entry.head }).then(function (res) {
      if (res.status === 200) {
        entry.head = res.body.head_version;
        entry.status = res.body.status || 'draft';
        entry.content = c;
        entry.updatedBy = me.login;
        entry.updatedAt = new Date().toISOString();
        setDirty(false);
        renderState();
        loadVersions();
        loadList();
        say('Draft saved as version ' + entry.head + '. '
          + (entry.live ? 'The bot still serves version ' + entry.live + ' until you publish.' : 'The bot does not serve it until you publish.'));
        return true;
      }
      if (res.status === 409) { showConflict(res.body); return false; }
      notice(problem(res, 'Not saved'));
      return false;
    });
  }

  function showConflict(body) {
    var now = body && body.head_version ? ' It is now at version ' + body.head_version + '; you were editing version ' + entry.head + '.' : '';
    $('conflict-text').textContent = 'Someone else changed this entry while you were editing it.' + now
      + (body && body.error ? ' (' + body.error + ')' : '');
    $('conflict').hidden = false;
    notice('Not saved: someone else changed this entry.');
    $('conflict-reload').focus();
  }

  // publish, withdraw, revert and import all answer with what the bot serves now and the regression run
  function showChangeResult(title, body) {
    $('publish-result-heading').textContent = title;
    var text = body.live_version ? 'The bot now serves version ' + body.live_version + ' of this entry.'
      : 'The bot does not serve this entry now.';
    if (typeof body.index_ms === 'number') { text += ' Its index was updated in ' + body.index_ms + ' ms.'; }
    $('publish-summary').textContent = text;
    renderRegression($('publish-regression'), body.regression);
    $('publish-result').hidden = false;
    return text + ' ' + regressionSentence(body.regression);
  }

  function publish() {
    notice('');
    var first = entry.isNew || dirty ? save() : Promise.resolve(true);
    return first.then(function (ok) {
      if (!ok) { return; }
      return api('POST', '/api/faq/entries/' + enc(entry.id) + '/publish', { base_version: entry.head }).then(function (res) {
        if (res.status === 200) {
          var text = showChangeResult('Published', res.body);
          say('Published ' + entry.id + '. ' + text);
          loadList();
          loadKnown();
          return openEntry(entry.id, true);
        }
        if (res.status === 409) { showConflict(res.body); return; }
        notice(problem(res, 'Not published'));
      });
    });
  }

  function withdraw() {
    notice('');
    return api('POST', '/api/faq/entries/' + enc(entry.id) + '/withdraw', { base_version: entry.head }).then(function (res) {
      if (res.status === 200) {
        var text = showChangeResult('Withdrawn', res.body);
        say('Withdrew ' + entry.id + '. ' + text);
        loadList();
        if (dirty) {
          entry.head = res.body.head_version;
          entry.live = null;
          entry.status = 'draft';
          renderState();
          loadVersions();
          return;
        }
        return openEntry(entry.id, true);
      }
      if (res.status === 409) { showConflict(res.body); return; }
      notice(problem(res, 'Not withdrawn'));
    });
  }

  $('new-entry').addEventListener('click', newEntry);
  $('save-draft').addEventListener('click', function () { save(); });
  $('publish').addEventListener('click', function () { publish(); });
  $('withdraw').addEventListener('click', function () { withdraw(); });
  $('conflict-reload').addEventListener('click', function () {
    openEntry(entry.id).then(function (ok) {
      if (ok) { say('Reloaded ' + entry.id + ' as it is now (version ' + entry.head + ').'); $('e-question').focus(); }
    });
  });
  $('entry-form').addEventListener('submit', function (event) { event.preventDefault(); });
  $('entry-form').addEventListener('input', function () {
    setDirty(true);
    scheduleCheck(600);
  });

  // ---- plain-language check and conflicts ----------------------------------------------------

  function scheduleCheck(ms) {
    window.clearTimeout(checkTimer);
    checkTimer = window.setTimeout(runCheck, ms);
  }

  function runCheck() {
    if (!entry) { return; }
    var c = formContent(true);
    if (!c.answer || !c.question) {
      renderChecks(null);
      $('check-state').textContent = 'Write the question and the answer to check them.';
      return;
    }
    var mine = ++checkRuns;
    $('check-state').textContent = 'Checking…';
    api('POST', '/api/faq/check', { content: c }).then(function (res) {
      if (mine !== checkRuns) { return; }
      if (res.status !== 200) {
        renderChecks(null);
        $('check-state').textContent = problem(res, 'The check could not run');
        return;
      }
      renderChecks(res.body);
    });
  }

  function fieldName(w) {
    var f = String(w.field || 'answer');
    var name = f === 'answer' ? 'answer' : f === 'question' ? 'question' : f.replace(/^translations\.[a-z]+\./, '');
    return name + (w.language ? ' (' + languageName(w.language) + ')' : '');
  }

  function renderChecks(body) {
    var plain = $('plain-warnings');
    var conflicts = $('conflict-warnings');
    plain.textContent = '';
    conflicts.textContent = '';
    $('readability').textContent = '';
    if (!body) { $('check-state').textContent = 'Nothing to check yet.'; return; }
    var warnings = body.plain || [];
    var clashes = body.conflicts || [];
    warnings.forEach(function (w) {
      var li = el('li', 'warning ' + (w.kind || ''));
      li.setAttribute('data-kind', w.kind || '');
      li.appendChild(el('strong', null, (KINDS[w.kind] || w.kind || 'Warning') + ' in the ' + fieldName(w) + ': '));
      li.appendChild(document.createTextNode(w.message || ''));
      if (w.term) {
        li.appendChild(document.createTextNode(' '));
        li.appendChild(el('span', 'term', '“' + w.term + '”' + (w.suggestion ? ' → “' + w.suggestion + '”' : '')));
      }
      if (w.sentence) {
        var q = el('q', 'sentence', w.sentence);
        q.lang = w.language || '';
        li.appendChild(document.createTextNode(' '));
        li.appendChild(q);
      }
      plain.appendChild(li);
    });
    clashes.forEach(function (k) {
      var li = el('li', 'warning conflict-item');
      li.setAttribute('data-kind', k.kind || '');
      li.appendChild(el('strong', null, (k.kind === 'same_questions' ? 'Same questions as ' : 'Closer to ') + (k.other_id || 'another entry') + ': '));
      li.appendChild(document.createTextNode(k.message || ''));
      if (k.phrasing) {
        li.appendChild(document.createTextNode(' '));
        li.appendChild(el('q', null, k.phrasing));
      }
      conflicts.appendChild(li);
    });
    var scores = body.readability || {};
    $('readability').textContent = Object.keys(scores).map(function (lang) {
      var r = scores[lang] || {};
      if (typeof r.score !== 'number') { return languageName(lang) + ': ' + (r.note || 'no readability score for this language'); }
      return languageName(lang) + ': ' + (r.name || 'readability') + ' ' + r.score.toFixed(1) + (r.grade ? ' (' + r.grade + ')' : '');
    }).join(' · ');
    var n = warnings.length;
    var m = clashes.length;
    $('check-state').textContent = n === 0 && m === 0 ? 'No warnings: plain and clear.'
      : n + (n === 1 ? ' plain-language warning' : ' plain-language warnings') + ', ' + m + (m === 1 ? ' conflict.' : ' conflicts.');
    $('check-state').setAttribute('data-warnings', String(n));
    $('check-state').setAttribute('data-conflicts', String(m));
  }

  // ---- try it --------------------------------------------------------------------------------

  function clearTry() {
    $('try-before').textContent = '';
    $('try-after').textContent = '';
  }

  function renderTry(box, r, none) {
    box.textContent = '';
    if (!r) {
      box.removeAttribute('data-decision');
      box.appendChild(el('p', 'empty', none));
      return;
    }
    box.setAttribute('data-decision', r.decision || '');
    box.appendChild(el('p', 'decision', (DECISIONS[r.decision] || r.decision) + ' · ' + languageName(r.language)
      + ' · confidence ' + pct(r.confidence)));
    var ol = el('ol', 'candidates');
    ol.setAttribute('aria-label', 'Entries it found, best first');
    (r.candidates || []).forEach(function (c, i) {
      var li = el('li', i === 0 && r.decision === 'ANSWER' ? 'winner' : '');
      li.setAttribute('data-id', c.id);
      li.appendChild(el('strong', null, c.id));
      li.appendChild(document.createTextNode(' — ' + (c.question || '') + ' (' + pct(c.confidence) + ')'));
      ol.appendChild(li);
    });
    if (!(r.candidates || []).length) { box.appendChild(el('p', 'empty', 'No entry came close.')); } else { box.appendChild(ol); }
  }

  $('try-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var q = $('try-question').value.trim();
    if (!q) { notice('Write a question to try.'); $('try-question').focus(); return; }
    notice('');
    var content = entry ? formContent(true) : null;
    if (content && (!content.question || !content.answer)) { content = null; }
    $('try-before').textContent = 'Asking…';
    $('try-after').textContent = '';
    api('POST', '/api/faq/try', { question: q, language: $('try-language').value || null, content: content }).then(function (res) {
      if (res.status !== 200) {
        clearTry();
        $('try-before').appendChild(el('p', 'error', problem(res, 'Could not try the question')));
        return;
      }
      renderTry($('try-before'), res.body.before, 'No answer.');
      renderTry($('try-after'), res.body.after, content ? 'No answer.' : 'Open an entry with a question and an answer to compare.');
      var b = res.body.before || {};
      var a = res.body.after;
      say('Now: ' + (DECISIONS[b.decision] || b.decision || '—') + (a ? '. With your edit: ' + (DECISIONS[a.decision] || a.decision)
        + (a.candidates && a.candidates[0] ? ' (' + a.candidates[0].id + ')' : '') : '') + '.');
    });
  });

  // ---- history -------------------------------------------------------------------------------

  function loadVersions() {
    var body = $('versions').tBodies[0];
    body.textContent = '';
    $('diff-show').disabled = true;
    if (!entry || entry.isNew) {
      var row = body.insertRow();
      var cell = row.insertCell();
      cell.colSpan = 8;
      cell.textContent = 'Saved versions appear here.';
      return;
    }
    var id = entry.id;
    api('GET', '/api/faq/entries/' + enc(id) + '/versions').then(function (res) {
      if (!entry || entry.id !== id) { return; }
      body.textContent = '';
      if (res.status !== 200) {
        var r = body.insertRow();
        var c = r.insertCell();
        c.colSpan = 8;
        c.textContent = problem(res, 'The history could not be loaded');
        return;
      }
      var versions = res.body.versions || [];
      versions.forEach(function (v, i) {
        var tr = body.insertRow();
        tr.setAttribute('data-version', String(v.version));
        tr.setAttribute('data-action', v.action || '');
        var th = el('th', null, 'Version ' + v.version);
        th.scope = 'row';
        tr.appendChild(th);
        tr.insertCell().textContent = ACTIONS[v.action] || v.action;
        tr.insertCell().textContent = v.author || '—';
        tr.insertCell().textContent = when(v.at);
        tr.insertCell().textContent = v.live_version ? 'version ' + v.live_version : 'nothing';
        ['from', 'to'].forEach(function (side) {
          var radio = el('input');
          radio.type = 'radio';
          radio.name = 'diff-' + side;
          radio.value = String(v.version);
          radio.setAttribute('aria-label', (side === 'from' ? 'Compare from version ' : 'Compare to version ') + v.version);
          radio.checked = side === 'to' ? i === 0 : i === 1;
          tr.insertCell().appendChild(radio);
        });
        var revert = button('Revert to this version', 'quiet revert', function () { revertTo(v.version); });
        revert.appendChild(el('span', 'visually-hidden', ' (version ' + v.version + ')'));
        revert.disabled = i === 0;
        tr.insertCell().appendChild(revert);
      });
      $('diff-show').disabled = versions.length < 2;
    });
  }

  function checkedVersion(name) {
    var r = document.querySelector('input[name="' + name + '"]:checked');
    return r ? r.value : null;
  }

  $('diff-show').addEventListener('click', function () {
    var from = checkedVersion('diff-from');
    var to = checkedVersion('diff-to');
    var out = $('diff');
    out.textContent = '';
    if (!from || !to) { out.appendChild(el('p', null, 'Choose a version to compare from and one to compare to.')); return; }
    api('GET', '/api/faq/entries/' + enc(entry.id) + '/diff?from=' + enc(from) + '&to=' + enc(to)).then(function (res) {
      out.textContent = '';
      if (res.status !== 200) { out.appendChild(el('p', 'error', problem(res, 'The differences could not be shown'))); return; }
      out.appendChild(el('h4', null, 'From version ' + res.body.from + ' to version ' + res.body.to));
      var fields = res.body.fields || [];
      if (!fields.length) { out.appendChild(el('p', null, 'No differences.')); return; }
      fields.forEach(function (f) {
        var block = el('div', 'diff-field');
        block.setAttribute('data-field', f.field);
        block.appendChild(el('h5', null, f.field));
        var ul = el('ul', 'diff-lines');
        (f.lines || []).forEach(function (l) {
          var kind = l.op === '+' ? 'added' : l.op === '-' ? 'removed' : 'same';
          var li = el('li', kind);
          var sign = el('span', 'sign', l.op === '+' ? '+' : l.op === '-' ? '−' : ' ');
          sign.setAttribute('aria-hidden', 'true');
          li.appendChild(sign);
          li.appendChild(el('span', 'visually-hidden', kind === 'added' ? 'Added: ' : kind === 'removed' ? 'Removed: ' : 'Unchanged: '));
          li.appendChild(el('span', 'line', l.text));
          ul.appendChild(li);
        });
        block.appendChild(ul);
        out.appendChild(block);
      });
    });
  });

  function revertTo(version) {
    if (!confirmDiscard()) { return; }
    notice('');
    api('POST', '/api/faq/entries/' + enc(entry.id) + '/revert', { version: version, base_version: entry.head }).then(function (res) {
      if (res.status === 200) {
        var text = showChangeResult('Reverted to version ' + version, res.body);
        say('Reverted ' + entry.id + ' to version ' + version + '. ' + text);
        loadList();
        setDirty(false);
        return openEntry(entry.id, true);
      }
      if (res.status === 409) { showConflict(res.body); return; }
      notice(problem(res, 'Not reverted'));
    });
  }

  // ---- regression results (after a publish, a revert, an import or a run) ---------------------

  function regressionSentence(reg) {
    if (!reg || typeof reg.total !== 'number') { return 'No regression questions were run.'; }
    return 'Regression questions: ' + (reg.broke || []).length + ' broke, ' + (reg.fixed || []).length + ' fixed, '
      + reg.passed + ' of ' + reg.total + ' passed.';
  }

  function resultItem(r) {
    var li = el('li');
    li.appendChild(el('q', null, r.question));
    li.appendChild(document.createTextNode(' should reach ' + r.expected_id + '; now '
      + (r.decision === 'ANSWER' ? 'answered by ' + (r.got_id || '—') : (DECISIONS[r.decision] || r.decision || '—').toLowerCase()
        + (r.got_id ? ' (' + r.got_id + ')' : ''))));
    return li;
  }

  function renderRegression(box, reg) {
    box.textContent = '';
    if (!reg || typeof reg.total !== 'number') {
      box.appendChild(el('p', 'note', 'No regression questions were run.'));
      return;
    }
    var broke = reg.broke || [];
    var fixed = reg.fixed || [];
    var counts = el('p', 'counts');
    [['broke', broke.length, 'broke'], ['fixed', fixed.length, 'fixed'], ['passed', reg.passed, 'passed of ' + reg.total]]
      .forEach(function (c) {
        var s = el('span', 'count-' + c[0]);
        s.setAttribute('data-count', String(c[1]));
        s.appendChild(el('strong', null, String(c[1])));
        s.appendChild(document.createTextNode(' ' + c[2]));
        counts.appendChild(s);
      });
    box.appendChild(counts);
    if (broke.length) {
      var b = el('div', 'broke');
      b.appendChild(el('h4', null, 'Broken by this change'));
      var ul = el('ul', 'broke-list');
      broke.forEach(function (r) { ul.appendChild(resultItem(r)); });
      b.appendChild(ul);
      box.appendChild(b);
    }
    if (fixed.length) {
      box.appendChild(el('h4', null, 'Fixed'));
      var fl = el('ul', 'fixed-list');
      fixed.forEach(function (r) { fl.appendChild(resultItem(r)); });
      box.appendChild(fl);
    }
    var brokeIds = broke.map(function (r) { return r.id; });
    var still = (reg.results || []).filter(function (r) { return !r.passed && brokeIds.indexOf(r.id) < 0; });
    if (still.length) {
      box.appendChild(el('h4', null, 'Still failing'));
      var sl = el('ul', 'failing-list');
      still.forEach(function (r) { sl.appendChild(resultItem(r)); });
      box.appendChild(sl);
    }
  }

  // ---- unanswered questions ------------------------------------------------------------------

  function slug(text) {
    return String(text).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()
      .split(' ').filter(function (w) { return ['do', 'you', 'i', 'a', 'an', 'the', 'is', 'are', 'can', 'my', 'your', 'how', 'what',
        'there', 'any', 'have', 'got', 'for'].indexOf(w) < 0; }).slice(0, 4).join('-');
  }

  function loadClusters() {
    var box = $('clusters');
    box.setAttribute('aria-busy', 'true');
    return api('GET', '/api/faq/unanswered' + query({ language: $('u-language').value, source: $('u-source').value,
      days: $('u-days').value })).then(function (res) {
      box.removeAttribute('aria-busy');
      box.textContent = '';
      if (res.status !== 200) {
        $('clusters-empty').hidden = true;
        box.appendChild(el('p', 'error', problem(res, 'The unanswered questions could not be loaded')));
        return;
      }
      var clusters = res.body.clusters || [];
      clusters.forEach(function (c, i) { box.appendChild(clusterCard(c, i)); });
      $('clusters-empty').hidden = clusters.length > 0;
    });
  }

  function clusterCard(c, i) {
    var card = el('article', 'cluster');
    card.id = 'cluster-' + i;
    card.setAttribute('data-key', c.key || '');
    card.setAttribute('data-count', String(c.count));
    card.setAttribute('aria-labelledby', card.id + '-h');
    var h = el('h3', 'label', c.label);
    h.id = card.id + '-h';
    h.lang = c.language || '';
    card.appendChild(h);
    var meta = el('p', 'meta');
    meta.appendChild(el('span', 'count', count(c.count, 'question')));
    meta.appendChild(el('span', null, languageName(c.language)));
    meta.appendChild(el('span', null, 'first ' + when(c.first_at) + ', last ' + when(c.last_at)));
    card.appendChild(meta);
    var ul = el('ul', 'examples');
    ul.setAttribute('aria-label', 'Examples');
    (c.examples || []).forEach(function (x) {
      var li = el('li');
      var q = el('q', 'text', x.text);
      q.lang = c.language || '';
      li.appendChild(q);
      li.appendChild(el('span', 'why', (REASONS[x.reason] || x.reason) + ' · ' + (x.source === 'listener' ? 'public post' : 'chat')
        + ' · ' + when(x.at)));
      ul.appendChild(li);
    });
    card.appendChild(ul);

    var refs = c.refs || [];
    var tools = el('div', 'row');
    var forms = el('div');
    card.appendChild(tools);
    card.appendChild(forms);

    // "New entry from this": asks for the id, then opens the draft in the editor
    var newForm = el('form', 'act new-entry-form');
    newForm.id = card.id + '-new';
    newForm.hidden = true;
    newForm.noValidate = true;
    var idLabel = el('label', null, 'Id for the new entry');
    idLabel.htmlFor = card.id + '-new-id';
    var idInput = el('input', 'new-id');
    idInput.id = card.id + '-new-id';
    idInput.type = 'text';
    idInput.autocomplete = 'off';
    idInput.spellcheck = false;
    var newError = el('p', 'error');
    newForm.appendChild(idLabel);
    newForm.appendChild(idInput);
    var create = el('button', 'create', 'Create the draft');
    create.type = 'submit';
    newForm.appendChild(create);
    newForm.appendChild(newError);
    newForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var id = idInput.value.trim();
      if (!id) { newError.textContent = 'Write an id for the new entry.'; idInput.focus(); return; }
      if (!confirmDiscard()) { return; }
      create.disabled = true;
      api('POST', '/api/faq/unanswered/new-entry', { refs: refs, id: id, language: c.language }).then(function (res) {
        create.disabled = false;
        if (res.status !== 201) { newError.textContent = problem(res, 'No draft was made'); return; }
        setDirty(false);
        say('Draft ' + res.body.id + ' made from ' + count(c.count, 'question') + '. Write its answer, then publish.');
        loadKnown();
        showTab('entries', false);
        openEntry(res.body.id).then(function (ok) {
          if (ok) { $('e-answer').focus(); $('e-answer').select(); }
        });
      });
    });
    forms.appendChild(newForm);

    // "Add to entry…": the questions become other ways to ask an existing entry
    var addForm = el('form', 'act add-to-form');
    addForm.id = card.id + '-add';
    addForm.hidden = true;
    addForm.noValidate = true;
    var pickLabel = el('label', null, 'Entry to add these questions to');
    pickLabel.htmlFor = card.id + '-add-entry';
    var pick = el('select', 'add-entry');
    pick.id = card.id + '-add-entry';
    var addError = el('p', 'error');
    addForm.appendChild(pickLabel);
    addForm.appendChild(pick);
    var add = el('button', 'add', 'Add the questions');
    add.type = 'submit';
    addForm.appendChild(add);
    addForm.appendChild(addError);
    addForm.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!pick.value) { addError.textContent = 'Choose an entry.'; pick.focus(); return; }
      if (!confirmDiscard()) { return; }
      add.disabled = true;
      api('POST', '/api/faq/unanswered/add-to', { refs: refs, entry_id: pick.value }).then(function (res) {
        add.disabled = false;
        if (res.status !== 200) { addError.textContent = problem(res, 'The questions were not added'); return; }
        setDirty(false);
        say('Added ' + count(c.count, 'question') + ' to ' + res.body.id + ' as a draft'
          + (res.body.head_version ? ' (version ' + res.body.head_version + ')' : '') + '. Publish it to use them.');
        showTab('entries', false);
        openEntry(res.body.id).then(function (ok) { if (ok) { $('e-alternates').focus(); } });
      });
    });
    forms.appendChild(addForm);

    function toggle(b, form, first) {
      var open = form.hidden;
      newForm.hidden = true;
      addForm.hidden = true;
      newButton.setAttribute('aria-expanded', 'false');
      addButton.setAttribute('aria-expanded', 'false');
      form.hidden = !open;
      b.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open) { first(); }
    }

    var newButton = button('New entry from this', 'new-entry', function () {
      toggle(newButton, newForm, function () {
        if (!idInput.value) { idInput.value = slug(c.label); }
        idInput.focus();
        idInput.select();
      });
    });
    newButton.setAttribute('aria-expanded', 'false');
    newButton.setAttribute('aria-controls', newForm.id);
    var addButton = button('Add to entry…', 'quiet add-to', function () {
      toggle(addButton, addForm, function () {
        pick.textContent = '';
        var blank = el('option', null, 'Choose an entry');
        blank.value = '';
        pick.appendChild(blank);
        known.forEach(function (e) {
          var o = el('option', null, e.id + ' — ' + e.question);
          o.value = e.id;
          pick.appendChild(o);
        });
        pick.focus();
      });
    });
    addButton.setAttribute('aria-expanded', 'false');
    addButton.setAttribute('aria-controls', addForm.id);
    var dismiss = button('Dismiss', 'quiet dismiss', function () {
      dismiss.disabled = true;
      api('POST', '/api/faq/unanswered/dismiss', { refs: refs }).then(function (res) {
        dismiss.disabled = false;
        if (res.status !== 204 && res.status !== 200) { notice(problem(res, 'Not dismissed')); return; }
        say('Dismissed “' + c.label + '”.');
        loadClusters().then(function () { $('u-refresh').focus(); });
      });
    });
    dismiss.setAttribute('aria-label', 'Dismiss “' + c.label + '”');
    newButton.setAttribute('aria-describedby', h.id);
    addButton.setAttribute('aria-describedby', h.id);
    tools.appendChild(newButton);
    tools.appendChild(addButton);
    tools.appendChild(dismiss);
    return card;
  }

  $('u-filters').addEventListener('submit', function (event) { event.preventDefault(); loadClusters(); });
  $('u-filters').addEventListener('change', function () { loadClusters(); });

  // ---- review dates --------------------------------------------------------------------------

  function loadOverdue() {
    var body = $('overdue').tBodies[0];
    return api('GET', '/api/faq/entries?overdue=true').then(function (res) {
      body.textContent = '';
      if (res.status !== 200) {
        $('overdue-empty').hidden = false;
        $('overdue-empty').textContent = problem(res, 'The overdue entries could not be loaded');
        return;
      }
      var entries = res.body.entries || [];
      $('overdue-empty').hidden = entries.length > 0;
      $('overdue-empty').textContent = 'No entry is past its review date.';
      entries.forEach(function (e) {
        var tr = body.insertRow();
        var th = el('th', null, e.id);
        th.scope = 'row';
        tr.appendChild(th);
        tr.insertCell().textContent = e.question;
        tr.insertCell().textContent = e.owner || '—';
        tr.insertCell().textContent = e.review_by || '—';
        tr.insertCell().textContent = e.status === 'published' ? 'Published' : 'Draft';
        var open = button('Open', 'quiet', function () {
          if (!confirmDiscard()) { return; }
          showTab('entries', false);
          openEntry(e.id).then(function (ok) { if (ok) { $('e-review-by').focus(); } });
        });
        open.setAttribute('aria-label', 'Open ' + e.id);
        tr.insertCell().appendChild(open);
      });
    });
  }

  // ---- regression questions ------------------------------------------------------------------

  function loadRegression() {
    var body = $('reg-table').tBodies[0];
    return api('GET', '/api/faq/regression').then(function (res) {
      body.textContent = '';
      if (res.status !== 200) {
        $('reg-empty').hidden = false;
        $('reg-empty').textContent = problem(res, 'The regression questions could not be loaded');
        return;
      }
      var questions = res.body.questions || [];
      $('reg-empty').hidden = questions.length > 0;
      $('reg-empty').textContent = 'No regression questions yet.';
      questions.forEach(function (q) {
        var tr = body.insertRow();
        tr.setAttribute('data-id', String(q.id));
        var th = el('th', null, q.question);
        th.scope = 'row';
        th.lang = q.language || '';
        tr.appendChild(th);
        tr.insertCell().textContent = languageName(q.language);
        tr.insertCell().textContent = q.expected_id;
        var last = q.last;
        var cell = tr.insertCell();
        if (!last) {
          cell.textContent = 'Not run yet';
        } else {
          cell.textContent = (last.passed ? 'Passes' : 'Fails: ' + (DECISIONS[last.decision] || last.decision || '—').toLowerCase()
            + (last.got_id ? ' (' + last.got_id + ')' : '')) + ' · ' + when(last.at);
          cell.className = last.passed ? 'pass' : 'fail';
        }
        tr.insertCell().textContent = q.author || '—';
        var del = button('Delete', 'quiet', function () {
          api('DELETE', '/api/faq/regression/' + enc(q.id)).then(function (r) {
            if (r.status !== 204 && r.status !== 200) { notice(problem(r, 'Not deleted')); return; }
            say('Deleted the regression question “' + q.question + '”.');
            loadRegression().then(function () { $('reg-question').focus(); });
          });
        });
        del.setAttribute('aria-label', 'Delete the regression question “' + q.question + '”');
        tr.insertCell().appendChild(del);
      });
    });
  }

  $('reg-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var question = $('reg-question').value.trim();
    var expected = $('reg-expected').value.trim();
    if (!question || !expected) { notice('Write the question and the id of the entry it should reach.'); return; }
    notice('');
    var body = { question: question, expected_id: expected };
    if ($('reg-language').value) { body.language = $('reg-language').value; }
    api('POST', '/api/faq/regression', body).then(function (res) {
      if (res.status !== 201) { notice(problem(res, 'The question was not added')); return; }
      var last = res.body.last;
      say('Added “' + question + '”. ' + (last ? (last.passed ? 'It passes now.' : 'It does not pass now.') : ''));
      $('reg-question').value = '';
      $('reg-expected').value = '';
      loadRegression();
    });
  });

  $('reg-run').addEventListener('click', function () {
    notice('');
    $('reg-run').disabled = true;
    api('POST', '/api/faq/regression/run').then(function (res) {
      $('reg-run').disabled = false;
      if (res.status !== 200) { notice(problem(res, 'The regression questions did not run')); return; }
      renderRegression($('reg-result-body'), res.body);
      $('reg-result').hidden = false;
      say(regressionSentence(res.body));
      loadRegression();
    });
  });

  // ---- jargon lists --------------------------------------------------------------------------

  function termsText(terms) {
    return (terms || []).map(function (t) { return t.term + (t.suggestion ? ' = ' + t.suggestion : ''); }).join('\n');
  }

  function loadJargon() {
    var lang = $('j-language').value;
    $('j-result').textContent = '';
    $('j-terms').lang = lang;
    $('j-terms').dir = lang === 'ar' ? 'rtl' : 'auto';
    $('j-terms').removeAttribute('data-loaded');
    return api('GET', '/api/faq/jargon/' + enc(lang)).then(function (res) {
      if (lang !== $('j-language').value) { return; }
      if (res.status !== 200) {
        $('j-terms').value = '';
        $('j-result').textContent = problem(res, 'The list could not be loaded');
        return;
      }
      $('j-terms').value = termsText(res.body.terms);
      $('j-terms').setAttribute('data-loaded', lang);
    });
  }

  $('j-language').addEventListener('change', loadJargon);
  $('jargon-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var lang = $('j-language').value;
    var terms = lines($('j-terms').value).map(function (line) {
      var at = line.indexOf('=');
      var term = (at < 0 ? line : line.slice(0, at)).trim();
      var suggestion = at < 0 ? '' : line.slice(at + 1).trim();
      return { term: term, suggestion: suggestion || null };
    }).filter(function (t) { return t.term; });
    api('PUT', '/api/faq/jargon/' + enc(lang), { terms: terms }).then(function (res) {
      if (res.status !== 200) { $('j-result').textContent = problem(res, 'Not saved'); return; }
      $('j-terms').value = termsText(res.body.terms);
      var n = (res.body.terms || []).length;
      $('j-result').textContent = 'Saved ' + n + (n === 1 ? ' term' : ' terms') + ' for ' + languageName(lang)
        + '. The check uses them from now on.';
      say($('j-result').textContent);
      if (entry) { scheduleCheck(0); }
    });
  });

  // ---- import --------------------------------------------------------------------------------

  function importMode() {
    var r = document.querySelector('input[name="import-mode"]:checked');
    return r ? r.value : 'merge';
  }

  function forgetPreview() {
    pendingImport = null;
    $('import-apply').disabled = true;
  }

  function idList(title, ids, className) {
    var wrap = el('div', className);
    wrap.appendChild(el('h4', null, title + ' (' + ids.length + ')'));
    if (ids.length) {
      var ul = el('ul');
      ids.forEach(function (t) { ul.appendChild(el('li', null, t)); });
      wrap.appendChild(ul);
    }
    return wrap;
  }

  $('import-file').addEventListener('change', forgetPreview);
  Array.prototype.forEach.call(document.querySelectorAll('input[name="import-mode"]'), function (r) {
    r.addEventListener('change', forgetPreview);
  });

  $('import-form').addEventListener('submit', function (event) {
    event.preventDefault();
    forgetPreview();
    var file = $('import-file').files[0];
    var out = $('import-result-body');
    if (!file) { notice('Choose a file to import.'); $('import-file').focus(); return; }
    notice('');
    var mode = importMode();
    file.arrayBuffer().then(function (bytes) {
      return api('POST', '/api/faq/import/preview' + query({ filename: file.name, mode: mode }), undefined, bytes).then(function (res) {
        out.textContent = '';
        $('import-result-heading').textContent = 'Preview of ' + file.name;
        $('import-result').hidden = false;
        if (res.status !== 200) {
          out.appendChild(el('p', 'error', problem(res, 'The file cannot be imported; nothing changed')));
          return;
        }
        var b = res.body;
        var changed = (b.changed || []).map(function (c) { return c.id + ': ' + (c.fields || []).join(', '); });
        out.appendChild(el('p', 'summary', count(b.entries, 'entry').replace('entrys', 'entries') + ' in the file: ' + (b.added || []).length + ' new, ' + changed.length
          + ' changed, ' + (b.removed || []).length + ' to withdraw, ' + b.unchanged + ' unchanged (' + b.mode + ').'));
        out.appendChild(idList('New', b.added || [], 'added'));
        out.appendChild(idList('Changed', changed, 'changed'));
        out.appendChild(idList('Withdrawn', b.removed || [], 'removed'));
        pendingImport = { bytes: bytes, name: file.name, mode: mode };
        $('import-apply').disabled = !((b.added || []).length || changed.length || (b.removed || []).length);
        say('Preview ready: nothing is changed until you apply it.');
      });
    });
  });

  $('import-apply').addEventListener('click', function () {
    if (!pendingImport) { return; }
    var p = pendingImport;
    var out = $('import-result-body');
    $('import-apply').disabled = true;
    api('POST', '/api/faq/import/apply' + query({ filename: p.name, mode: p.mode }), undefined, p.bytes).then(function (res) {
      out.textContent = '';
      $('import-result-heading').textContent = 'Imported ' + p.name;
      if (res.status !== 200) {
        out.appendChild(el('p', 'error', problem(res, 'Not imported; nothing changed')));
        return;
      }
      forgetPreview();
      var b = res.body;
      var n = function (x) { return Array.isArray(x) ? x.length : (x || 0); };
      var text = 'Applied and published: ' + n(b.added) + ' new, ' + n(b.changed) + ' changed, ' + n(b.removed) + ' withdrawn, '
        + n(b.unchanged) + ' unchanged.' + (typeof b.index_ms === 'number' ? ' The bot\'s index was updated in ' + b.index_ms + ' ms.' : '');
      out.appendChild(el('p', 'summary', text));
      var reg = el('div');
      renderRegression(reg, b.regression);
      out.appendChild(reg);
      say(text + ' ' + regressionSentence(b.regression));
      loadKnown();
    });
  });

  // ---- sign-out and start --------------------------------------------------------------------

  $('sign-out').addEventListener('click', function () {
    fetch('/api/session', { method: 'DELETE', credentials: 'same-origin', headers: { 'X-CSRF-Token': csrf || '' } })
      .finally(function () { window.location.assign('/login'); });
  });

  buildTranslations();
  api('GET', '/api/session').then(function (res) {
    if (res.status !== 200) { notice('Could not tell who you are: ' + explain(res.status) + '.'); return; }
    me = res.body;
    csrf = me.csrf_token;
    $('me').textContent = me.display_name || me.login;
    loadKnown();
    var hash = window.location.hash.replace('#', '');
    showTab(TABS.indexOf(hash) >= 0 ? hash : 'entries', false);
  });
})();
