// Backoffice /backoffice/ricerca: follows a running rebuild by polling its state, updating the bar and the status text.
(function () {
  'use strict';
  var section = document.getElementById('rebuild');
  if (!section || section.getAttribute('data-rebuild-running') !== 'true') {
    return;
  }

  var url = section.getAttribute('data-rebuild-status-url');
  var bar = document.getElementById('rebuild-bar');
  var status = document.getElementById('rebuild-status');
  var lastAnnounced = -1;

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state) {
          return;
        }

        if (!state.running) {
          // Finished: reload to show the new figures and the button again.
          window.location.reload();
          return;
        }

        bar.value = state.percent;
        bar.textContent = state.percent + '%';
        // Announce every tenth, not every second, so screen readers are not flooded.
        var tenth = Math.floor(state.percent / 10);
        if (tenth !== lastAnnounced) {
          lastAnnounced = tenth;
          status.textContent = 'Ricostruzione in corso: ' + state.done.toLocaleString('it-IT') + ' di ' + state.total.toLocaleString('it-IT') + ' contenuti (' + state.percent + '%).';
        }

        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }

  window.setTimeout(poll, 1000);
})();
