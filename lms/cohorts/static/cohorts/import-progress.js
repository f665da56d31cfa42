// Progress of an enrolment import: polls the JSON status and updates the bar; reloads the page
// for the result once the import is finished. Without this script the page has a refresh link.
(function () {
  "use strict";
  var root = document.querySelector("[data-import-progress]");
  if (!root || root.dataset.finished === "true" || !window.fetch) {
    return;
  }
  var bar = root.querySelector("progress");
  var text = root.querySelector("[data-import-progress-text]");
  var refresh = root.querySelector("[data-import-refresh]");
  var url = root.dataset.statusUrl;
  var interval = 1500;
  var failures = 0;
  var lastStep = null;

  // The live region speaks at milestones (status changes, each quarter), not at every poll.
  function step(data) {
    var quarter = data.total ? Math.floor((4 * data.processed) / data.total) : 0;
    return data.status + (data.saving ? ":saving" : ":" + quarter);
  }

  function show(data) {
    if (data.finished) {
      window.location.reload();
      return false;
    }
    if (bar) {
      bar.max = Math.max(data.total, 1);
      if (data.saving) {
        bar.removeAttribute("value");
      } else {
        bar.value = data.processed;
      }
    }
    var current = step(data);
    if (current !== lastStep) {
      lastStep = current;
      if (text && text.textContent !== data.text) {
        text.textContent = data.text;
      }
    }
    return true;
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (data) {
        failures = 0;
        if (show(data)) {
          window.setTimeout(poll, interval);
        }
      })
      .catch(function () {
        failures += 1;
        if (failures >= 3) {
          if (refresh) {
            refresh.hidden = false;
          }
          return;
        }
        window.setTimeout(poll, interval * 2);
      });
  }

  if (refresh) {
    refresh.hidden = true;
  }
  window.setTimeout(poll, interval);
})();
