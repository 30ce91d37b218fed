// A quiz attempt with script: every choice is saved at once through the API, and a save that could not reach the server is
// kept in localStorage and sent again when the connection returns or the page is opened again. The page works without
// this file: its form posts each page's answers.
(function () {
  'use strict';
  var form = document.querySelector('form[data-attempt]');
  if (!form) { return; }
  var attemptId = form.getAttribute('data-attempt');
  var statusEl = form.querySelector('[data-status]');
  var tokenMeta = document.querySelector('meta[name="request-verification-token"]');
  var storeKey = 'attempt:' + attemptId;
  var lastSeq = 0;
  var retryDelay = 2000;
  var retryTimer = null;
  var closed = false;

  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey) || '{}') || {}; } catch (e) { return {}; }
  }

  function store(pending) {
    try {
      if (Object.keys(pending).length === 0) { localStorage.removeItem(storeKey); } else { localStorage.setItem(storeKey, JSON.stringify(pending)); }
    } catch (e) { /* private mode or full: the save is still tried */ }
  }

  function say(text) { if (statusEl) { statusEl.textContent = text; } }

  // Rises with every change, also across reloads and devices (a clock, not a counter), so a late retry never wins.
  function nextSeq() {
    lastSeq = Math.max(lastSeq + 1, Date.now());
    return lastSeq;
  }

  function selectedIn(fieldset) {
    return Array.prototype.map.call(fieldset.querySelectorAll('input:checked'), function (i) { return i.value; });
  }

  function send(questionId) {
    var pending = load();
    var item = pending[questionId];
    if (!item || closed) { return Promise.resolve(); }
    return fetch('/api/training/attempts/' + attemptId + '/answers/' + questionId, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': tokenMeta ? tokenMeta.content : '' },
      body: JSON.stringify({ selectedOptionIds: item.selected, clientSeq: item.seq })
    }).then(function (response) {
      if (response.ok || response.status === 400 || response.status === 404 || response.status === 409) {
        var now = load();
        if (now[questionId] && now[questionId].seq === item.seq) { delete now[questionId]; store(now); }
        if (response.status === 409) {
          closed = true;
          say(form.getAttribute('data-closed'));
          return;
        }

        retryDelay = 2000;
        if (Object.keys(load()).length === 0) { say(form.getAttribute('data-saved')); }
        return;
      }

      throw new Error('HTTP ' + response.status);
    });
  }

  function flush() {
    if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
    var ids = Object.keys(load());
    if (ids.length === 0) { return; }
    say(form.getAttribute('data-pending'));
    Promise.all(ids.map(send)).catch(function () {
      say(form.getAttribute('data-pending'));
      retryTimer = setTimeout(flush, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    });
  }

  form.addEventListener('change', function (event) {
    var fieldset = event.target.closest('fieldset[data-question]');
    if (!fieldset) { return; }
    var pending = load();
    pending[fieldset.getAttribute('data-question')] = { selected: selectedIn(fieldset), seq: nextSeq() };
    store(pending);
    flush();
  });

  window.addEventListener('online', flush);

  // What this browser chose and could not yet save is shown as chosen, then sent.
  var pending = load();
  Object.keys(pending).forEach(function (questionId) {
    lastSeq = Math.max(lastSeq, pending[questionId].seq || 0);
    var fieldset = form.querySelector('fieldset[data-question="' + questionId + '"]');
    if (!fieldset) { return; }
    Array.prototype.forEach.call(fieldset.querySelectorAll('input'), function (input) {
      input.checked = pending[questionId].selected.indexOf(input.value) >= 0;
    });
  });
  flush();

  var timer = form.querySelector('[data-timer]');
  var secondsLeft = parseInt(form.getAttribute('data-seconds-left'), 10);
  if (timer && !isNaN(secondsLeft)) {
    var end = Date.now() + secondsLeft * 1000;
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      timer.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
      if (left > 0) { setTimeout(tick, 1000); return; }
      closed = true;
      say(form.getAttribute('data-time-up'));
      // The server grades what was saved by the deadline; the form shows the result.
      var go = document.createElement('input');
      go.type = 'hidden';
      go.name = 'go';
      go.value = 'submit';
      form.appendChild(go);
      form.submit();
    };
    tick();
  }
})();
