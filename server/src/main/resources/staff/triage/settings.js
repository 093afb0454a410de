// The triage settings page: the watchlist and the sources (read by the social team, saved by
// supervisors and admins, checked by the server, which answers a refused text with the file and
// key at fault), each source's health, and the webhook's delivery log. Every text the server
// sends is shown with textContent, never as markup.
(function () {
  'use strict';
  var csrf = null;
  var here = window.location.pathname;

  function $(id) { return document.getElementById(id); }

  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET') { headers['X-CSRF-Token'] = csrf || ''; }
    return fetch(path, { method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        if (r.status === 401) { window.location.assign('/login?next=' + encodeURIComponent(here)); throw new Error('signed out'); }
        return r.json().catch(function () { return {}; }).then(function (b) { return { status: r.status, body: b }; });
      });
  }

  function say(id, text, kind) {
    var el = $(id);
    el.textContent = text;
    el.className = 'result' + (kind ? ' ' + kind : '');
  }

  function when(iso) {
    if (!iso) { return '—'; }
    var d = new Date(iso);
    return isNaN(d.getTime()) ? iso : d.toLocaleString();
  }

  function editor(name, path, label) {
    var area = $(name + '-yaml');
    api('GET', path).then(function (res) {
      if (res.status === 200) { area.value = res.body.yaml; } else { say(name + '-result', res.body.error || ('Not loaded (' + res.status + ').'), 'error'); }
    });
    $(name + '-form').addEventListener('submit', function (event) {
      event.preventDefault();
      say(name + '-result', 'Checking…');
      api('PUT', path, { yaml: area.value }).then(function (res) {
        if (res.status === 200) {
          say(name + '-result', label(res.body), 'ok');
          if (name === 'sources') { window.setTimeout(loadHealth, 1500); }
        } else {
          say(name + '-result', 'Not saved: ' + (res.body.error || ('the server answered ' + res.status)), 'error');
        }
      });
    });
  }

  function cells(row, texts) {
    texts.forEach(function (t) { row.insertCell().textContent = t; });
  }

  function loadHealth() {
    api('GET', '/api/listener/sources').then(function (res) {
      var body = $('health').tBodies[0];
      body.textContent = '';
      var list = (res.body && res.body.sources) || [];
      $('health-empty').hidden = list.length > 0;
      list.forEach(function (s) {
        var row = body.insertRow();
        cells(row, [s.name, s.kind, s.healthy ? 'Healthy' : 'Failing', when(s.last_success_at), s.last_error || '—']);
        if (!s.healthy) { row.cells[2].className = 'unhealthy'; }
      });
    });
  }

  function loadDeliveries() {
    api('GET', '/api/triage/webhooks?limit=50').then(function (res) {
      var body = $('deliveries').tBodies[0];
      body.textContent = '';
      if (res.status !== 200) {
        $('deliveries-empty').hidden = false;
        $('deliveries-empty').textContent = res.status === 403 ? 'Only supervisors and admins see the delivery log.' : (res.body.error || 'Not loaded.');
        return;
      }
      var list = res.body.deliveries || [];
      $('deliveries-empty').hidden = list.length > 0;
      $('deliveries-empty').textContent = 'No deliveries yet.';
      list.forEach(function (d) {
        var row = body.insertRow();
        var answer = d.last_error ? d.last_error : (d.last_status ? 'HTTP ' + d.last_status : '—');
        cells(row, [when(d.created_at), d.event, d.subject, String(d.attempts), d.outcome, answer]);
        row.cells[4].className = 'outcome-' + d.outcome;
      });
    });
  }

  function signedIn(me) {
    csrf = me.csrf_token;
    $('display-name').textContent = me.display_name;
    $('roles').textContent = '(' + me.roles.join(', ') + ')';
    var edits = me.roles.indexOf('supervisor') >= 0 || me.roles.indexOf('admin') >= 0;
    $('read-only').hidden = edits;
    Array.prototype.forEach.call(document.querySelectorAll('.editor-only'), function (b) { b.hidden = !edits; });
    $('watchlist-yaml').readOnly = !edits;
    $('sources-yaml').readOnly = !edits;
    editor('watchlist', '/api/triage/watchlist', function (b) { return 'Saved: ' + b.terms + ' terms, in use from the next post.'; });
    editor('sources', '/api/triage/sources', function (b) {
      return 'Saved: ' + (b.enabled.length ? b.enabled.join(', ') + ' polled from now on' : 'no source enabled')
        + (b.disabled.length ? '; disabled: ' + b.disabled.join(', ') : '') + '.';
    });
    loadHealth();
    loadDeliveries();
  }

  $('sign-out').addEventListener('click', function () {
    api('DELETE', '/api/session').then(function () { window.location.assign('/login'); });
  });
  $('deliveries-refresh').addEventListener('click', loadDeliveries);

  api('GET', '/api/session').then(function (res) {
    if (res.status === 200) { signedIn(res.body); } else { $('page-status').textContent = 'Could not tell who you are.'; }
  });
}());
