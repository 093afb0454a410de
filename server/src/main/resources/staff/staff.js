// Shared by the staff pages: who is signed in, sign-out, password change and (on the admin page)
// the staff list. Every state-changing call sends the session's CSRF token as X-CSRF-Token.
(function () {
  'use strict';
  var csrf = null;
  var here = window.location.pathname + window.location.search;

  function $(id) { return document.getElementById(id); }

  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET') { headers['X-CSRF-Token'] = csrf; }
    return fetch(path, { method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        if (r.status === 401) { window.location.assign('/login?next=' + encodeURIComponent(here)); throw new Error('signed out'); }
        if (r.status === 204) { return { status: 204, body: null }; }
        return r.json().catch(function () { return {}; }).then(function (b) { return { status: r.status, body: b }; });
      });
  }

  function say(id, text) { var el = $(id); if (el) { el.textContent = text; } }

  function signedIn(me) {
    csrf = me.csrf_token;
    say('display-name', me.display_name);
    say('roles', '(' + me.roles.join(', ') + ')');
    Array.prototype.forEach.call(document.querySelectorAll('[data-roles]'), function (el) {
      var allowed = el.getAttribute('data-roles').split(',');
      el.hidden = !allowed.some(function (r) { return me.roles.indexOf(r) >= 0; });
    });
    if ($('staff-table')) { loadStaff(); }
  }

  function loadStaff() {
    api('GET', '/api/staff').then(function (res) {
      var body = $('staff-table').tBodies[0];
      body.textContent = '';
      (res.body || []).forEach(function (a) {
        var row = body.insertRow();
        [a.login, a.display_name, a.roles.join(', '), a.disabled ? 'disabled' : 'enabled'].forEach(function (t) {
          row.insertCell().textContent = t;
        });
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = a.disabled ? 'Enable' : 'Disable';
        button.setAttribute('aria-label', button.textContent + ' ' + a.login);
        button.addEventListener('click', function () {
          api('PUT', '/api/staff/' + a.id + '/disabled', { disabled: !a.disabled }).then(function (r) {
            say('page-status', r.status === 200 ? (a.login + ' is now ' + (r.body.disabled ? 'disabled' : 'enabled')) : r.body.error);
            loadStaff();
          });
        });
        row.insertCell().appendChild(button);
      });
    });
  }

  $('sign-out').addEventListener('click', function () {
    api('DELETE', '/api/session').then(function () { window.location.assign('/login'); });
  });

  var passwordForm = $('password-form');
  if (passwordForm) {
    passwordForm.addEventListener('submit', function (event) {
      event.preventDefault();
      api('POST', '/api/session/password', { current_password: $('current-password').value, new_password: $('new-password').value })
        .then(function (res) {
          if (res.status === 200) {
            csrf = res.body.csrf_token;
            passwordForm.reset();
            say('password-result', 'Your password was changed. You were signed out everywhere else.');
          } else {
            say('password-result', res.body.error || ('Not changed (' + res.status + ').'));
          }
        });
    });
  }

  var addForm = $('add-form');
  if (addForm) {
    addForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var roles = Array.prototype.filter.call(addForm.querySelectorAll('input[name=role]'), function (c) { return c.checked; })
        .map(function (c) { return c.value; });
      api('POST', '/api/staff', { login: $('add-login').value, display_name: $('add-name').value, roles: roles,
        password: $('add-password').value }).then(function (res) {
        if (res.status === 201) {
          addForm.reset();
          say('add-result', 'Added ' + res.body.login + '.');
          loadStaff();
        } else {
          say('add-result', res.body.error || ('Not added (' + res.status + ').'));
        }
      });
    });
  }

  api('GET', '/api/session').then(function (res) { if (res.status === 200) { signedIn(res.body); } });
})();
