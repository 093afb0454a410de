/* The call back manage page: the token stays in the URL's fragment (never sent to a server, never
   in a Referer) and goes to the API in a header. Every text comes from the API, in the visitor's
   language, and is set with textContent: nothing from the server is parsed as HTML. */
(function () {
  'use strict';
  var token = decodeURIComponent((location.hash || '').slice(1));
  var $ = function (id) { return document.getElementById(id); };
  var texts = {};

  function call(method, path, body) {
    var options = { method: method, headers: { 'X-Callback-Token': token }, cache: 'no-store', credentials: 'omit' };
    if (body) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch('/api/callbacks/' + path, options).then(function (r) {
      return r.json().then(function (json) { json.httpStatus = r.status; return json; });
    });
  }

  function show(view, message) {
    var page = $('page');
    texts = view.texts || texts;
    document.documentElement.lang = view.language || 'en';
    document.documentElement.dir = view.language === 'ar' ? 'rtl' : 'ltr';
    document.title = texts.title || document.title;
    $('title').textContent = texts.title || '';
    page.setAttribute('aria-busy', 'false');
    if (view.error === 'unknown') {
      $('message').textContent = texts.unknown || '';
      $('booking').hidden = true;
      $('reschedule').hidden = true;
      return;
    }
    var booked = view.status === 'booked';
    var state = booked ? '' : view.status === 'cancelled' ? texts.cancelled : texts.state;
    $('message').textContent = message || view.message || state || '';
    $('booking').hidden = false;
    $('when').textContent = view.when;
    $('when').hidden = !booked;
    $('contact').textContent = view.contact;
    $('contact').hidden = !booked;
    var calendar = $('calendar');
    calendar.textContent = texts.calendar_label;
    calendar.href = '/api/callbacks/' + encodeURIComponent(token) + '/callback.ics';
    calendar.parentNode.hidden = !booked;
    $('cancel').textContent = texts.cancel_label;
    $('cancel').hidden = !booked;
    $('reschedule').hidden = !booked;
    $('reschedule-title').textContent = texts.reschedule_label;
    slots(view.slots || []);
  }

  function slots(list) {
    var box = $('slots');
    box.textContent = '';
    if (!list.length) {
      var none = document.createElement('p');
      none.textContent = texts.no_slots;
      box.appendChild(none);
      return;
    }
    var day = null;
    list.forEach(function (s) {
      if (s.day !== day) {
        day = s.day;
        var h = document.createElement('h3');
        h.textContent = day;
        box.appendChild(h);
      }
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'slot';
      b.textContent = s.time;
      b.setAttribute('data-start', s.start);
      b.setAttribute('aria-label', s.day + ', ' + s.time);
      b.addEventListener('click', function () { act(call('POST', 'manage/reschedule', { start: s.start })); });
      box.appendChild(b);
    });
  }

  function act(request) {
    $('page').setAttribute('aria-busy', 'true');
    request.then(function (view) { show(view); })
      .catch(function () { $('page').setAttribute('aria-busy', 'false'); $('message').textContent = texts.error || 'Error'; });
  }

  $('cancel').addEventListener('click', function () { act(call('POST', 'manage/cancel')); });
  window.addEventListener('hashchange', function () { location.reload(); });  // another link pasted into this tab
  act(call('GET', 'manage'));
})();
