// The advisor wizard's error summary, as in the GOV.UK Design System: it takes
// focus when the page loads, so screen readers announce it and keyboard users
// start from it; each link focuses its question's first option and scrolls the
// question's legend into view (a plain jump would hide the question above it).
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    var input = document.getElementById(link.getAttribute("href").slice(1));
    if (!input) {
      return;
    }
    event.preventDefault();
    var legend = input.closest("fieldset").querySelector("legend");
    (legend || input).scrollIntoView();
    input.focus({ preventScroll: true });
  });
})();
