// Every form's error summary (partials/_error_summary.html), as in the GOV.UK
// Design System: it takes focus when the page loads, so screen readers
// announce it and keyboard users start from it; each link focuses its field
// (a question's first option) and scrolls the field's legend or label into
// view (a plain jump would hide the question above it).
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
    var fieldset = input.closest("fieldset");
    var legend = fieldset && fieldset.querySelector("legend");
    var label = document.querySelector("label[for='" + input.id + "']");
    (legend || label || input).scrollIntoView();
    input.focus({ preventScroll: true });
  });
})();
