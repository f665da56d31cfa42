// Progressive enhancement for a timed quiz: a live countdown, a warning one minute before the
// end, and submitting the saved form when the time is up. Without JavaScript the server still
// enforces the deadline and grades the saved answers.
(function () {
  "use strict";
  var timer = document.querySelector("[data-seconds-left]");
  var form = document.querySelector(".quiz-form");
  if (!timer || !form) {
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
      var submit = form.querySelector("button[value='submit']");
      if (submit) {
        submit.click();
      }
      return;
    }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
