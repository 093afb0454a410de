// The staff login page: posts the login as JSON to /api/session and goes where the server says
// (a staff page of this site only: the server checks `next`). Errors are shown in a role=alert
// element, which screen readers announce.
(function () {
  'use strict';
  var form = document.getElementById('login-form');
  var loginField = document.getElementById('login');
  var passwordField = document.getElementById('password');
  var error = document.getElementById('login-error');
  var button = document.getElementById('sign-in');
  var next = new URLSearchParams(window.location.search).get('next') || '';

  function show(text) {
    error.textContent = text;
    loginField.setAttribute('aria-invalid', text ? 'true' : 'false');
    passwordField.setAttribute('aria-invalid', text ? 'true' : 'false');
  }

  // Signed in already (say, after following a link from another site, which a SameSite=Strict
  // cookie does not accompany): go straight on.
  fetch('/api/session?next=' + encodeURIComponent(next), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (me) { if (me && me.redirect) { window.location.replace(me.redirect); } })
    .catch(function () { /* not signed in, or offline: the form is there */ });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var login = loginField.value.trim();
    var password = passwordField.value;
    if (!login || !password) {
      show('Enter your login and your password.');
      (login ? passwordField : loginField).focus();
      return;
    }
    button.disabled = true;
    show('');
    fetch('/api/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ login: login, password: password, next: next })
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        return { status: r.status, body: body, retryAfter: r.headers.get('Retry-After') };
      });
    }).then(function (res) {
      if (res.status === 200) {
        window.location.assign(res.body.redirect || '/staff/');
        return;
      }
      button.disabled = false;
      if (res.status === 401) {
        show('Wrong login or password.');
        passwordField.value = '';
        passwordField.focus();
      } else if (res.status === 429) {
        show('Too many failed sign-ins. Try again in ' + (res.retryAfter || 'a few') + ' seconds.');
      } else {
        show((res.body && res.body.error) || 'Sign-in failed (' + res.status + '). Please try again.');
      }
    }).catch(function () {
      button.disabled = false;
      show('The server cannot be reached. Check the connection and try again.');
    });
  });
})();
