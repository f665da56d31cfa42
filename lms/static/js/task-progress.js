// Progress of a background task (an enrolment import, a certificate ZIP): polls the JSON status
// at data-status-url and updates the bar; reloads the page once the task is finished, for its
// result. Without this script the page has a refresh link. The status JSON carries status,
// total, done (or processed), text, finished and, while rows are being written, saving.
(function () {
  "use strict";
  var root = document.querySelector("[data-task-progress]");
  if (!root || root.dataset.finished === "true" || !window.fetch) {
    return;
  }
  var bar = root.querySelector("progress");
  var text = root.querySelector("[data-task-progress-text]");
  var refresh = root.querySelector("[data-task-refresh]");
  var url = root.dataset.statusUrl;
  var interval = 1500;
  var failures = 0;
  var lastStep = null;

  function done(data) {
    return data.done !== undefined ? data.done : data.processed;
  }

  // The live region speaks at milestones (status changes, each quarter), not at every poll.
  function step(data) {
    var quarter = data.total ? Math.floor((4 * done(data)) / data.total) : 0;
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
        bar.value = done(data);
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
