// Progressive enhancement for the quiz page. Without JavaScript the form's Save and Submit
// buttons do everything and the server still enforces the deadline.
//
// - Autosave: every change is posted to the form's data-autosave-url (one request at a time,
//   the latest answers queued), the hidden sequence follows the server so a later Save or
//   Submit is not refused as stale, and a polite live region says when the answers were saved.
// - Countdown for a timed quiz: a warning one minute before the end, and submitting the form
//   when the time is up.
(function () {
  "use strict";
  var form = document.querySelector(".quiz-form");
  if (!form) {
    return;
  }

  setUpAutosave(form);
  setUpCountdown(form);

  function setUpAutosave(form) {
    var url = form.getAttribute("data-autosave-url");
    var sequence = form.querySelector("input[name='sequence']");
    var token = form.querySelector("input[name='csrfmiddlewaretoken']");
    var status = form.querySelector(".quiz-autosave");
    if (!url || !sequence || !token || !status || !window.fetch || !window.FormData) {
      return;
    }
    var TYPING_DELAY = 2000; // ms after the last keystroke in a text field
    var SUBMIT_WAIT = 8000; // ms a Save or Submit waits for an autosave still under way
    var savedText = status.getAttribute("data-saved") || "";
    var failedText = status.getAttribute("data-failed") || "";
    var resultText = status.getAttribute("data-result-link") || "";
    var inFlight = false;
    var queued = false;
    var stopped = false; // the server will accept no more autosaves from this page
    var submitting = null; // {submitter} while a Save or Submit waits for an autosave
    var typingTimer = null;
    var lastSaved = snapshot(new FormData(form));

    // Only the answers: the token and the sequence change without the learner doing anything.
    function snapshot(data) {
      var pairs = [];
      data.forEach(function (value, name) {
        if (name !== "csrfmiddlewaretoken" && name !== "sequence") {
          pairs.push(encodeURIComponent(name) + "=" + encodeURIComponent(value));
        }
      });
      return pairs.join("&");
    }

    function pad(number) {
      return (number < 10 ? "0" : "") + number;
    }

    function announce(text, link) {
      status.textContent = text;
      if (link) {
        var anchor = document.createElement("a");
        anchor.href = link;
        anchor.textContent = resultText;
        status.appendChild(document.createTextNode(" "));
        status.appendChild(anchor);
      }
    }

    function save() {
      window.clearTimeout(typingTimer);
      if (stopped || submitting) {
        return;
      }
      if (inFlight) {
        queued = true; // sent when the current one returns, with the answers of that moment
        return;
      }
      var data = new FormData(form);
      var sent = snapshot(data);
      if (sent === lastSaved) {
        return;
      }
      inFlight = true;
      window
        .fetch(url, {
          method: "POST",
          body: data,
          credentials: "same-origin",
          headers: { "X-CSRFToken": token.value, Accept: "application/json" },
        })
        .then(function (response) {
          return response.json().then(
            function (body) {
              return { ok: response.ok, code: response.status, body: body || {} };
            },
            function () {
              return { ok: false, code: response.status, body: {} };
            }
          );
        })
        .then(
          function (result) {
            var body = result.body;
            if (result.ok && body.status === "saved") {
              sequence.value = body.sequence;
              lastSaved = sent;
              var at = new Date(body.saved_at);
              announce(savedText.replace("{time}", pad(at.getHours()) + ":" + pad(at.getMinutes())));
              return;
            }
            announce(body.error || failedText, body.redirect);
            // Stale page, closed attempt, lost session: trying again cannot succeed. After an
            // answer the server refused (400) the learner can still correct it.
            if (result.code === 401 || result.code === 404 || result.code === 409) {
              stopped = true;
            }
          },
          function () {
            announce(failedText);
          }
        )
        .then(function () {
          inFlight = false;
          if (submitting) {
            if (!submitting.sent) {
              resubmit();
            }
          } else if (queued) {
            queued = false;
            save();
          }
        });
    }

    // Send the Save or Submit that waited, now carrying the latest sequence.
    function resubmit() {
      var submitter = submitting.submitter;
      window.clearTimeout(submitting.timer);
      submitting = { submitter: submitter, sent: true };
      if (form.requestSubmit) {
        form.requestSubmit(submitter);
        return;
      }
      if (submitter && submitter.name) {
        var hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = submitter.name;
        hidden.value = submitter.value;
        form.appendChild(hidden);
      }
      form.submit();
    }

    form.addEventListener("change", function () {
      save();
    });
    form.addEventListener("input", function (event) {
      var field = event.target;
      if (field.tagName === "TEXTAREA" || field.type === "text" || field.type === "number") {
        window.clearTimeout(typingTimer);
        typingTimer = window.setTimeout(save, TYPING_DELAY);
      }
    });
    form.addEventListener("submit", function (event) {
      window.clearTimeout(typingTimer);
      queued = false;
      if (!inFlight || (submitting && submitting.sent)) {
        submitting = submitting || { sent: true };
        return; // the form posts the latest answers itself; no autosave after it
      }
      // An autosave is under way: its reply brings the sequence this post must carry.
      event.preventDefault();
      if (submitting) {
        submitting.submitter = event.submitter || submitting.submitter; // the last click counts
      } else {
        submitting = { submitter: event.submitter || null, sent: false };
        submitting.timer = window.setTimeout(resubmit, SUBMIT_WAIT);
      }
    });
  }

  function setUpCountdown(form) {
    var timer = document.querySelector("[data-seconds-left]");
    if (!timer) {
      return;
    }
    var left = parseInt(timer.getAttribute("data-seconds-left"), 10);
    var label = timer.getAttribute("data-label") || "";
    var warning = timer.getAttribute("data-warning") || "";
    var end = Date.now() + left * 1000;
    var warned = false;
    var live = document.getElementById("quiz-timer-live");

    function format(seconds) {
      var minutes = Math.floor(seconds / 60);
      var rest = seconds % 60;
      return minutes + ":" + (rest < 10 ? "0" : "") + rest;
    }

    function tick() {
      var seconds = Math.max(0, Math.round((end - Date.now()) / 1000));
      timer.textContent = label + " " + format(seconds);
      if (!warned && seconds <= 60 && live) {
        warned = true;
        live.textContent = warning;
      }
      if (seconds === 0) {
        // The submit handler of the autosave waits for a save still under way.
        var submit = form.querySelector("button[value='submit']");
        if (submit) {
          submit.click();
        }
        return;
      }
      window.setTimeout(tick, 1000);
    }
    tick();
  }
})();
