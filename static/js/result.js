// Progressive enhancement for a saved advisor result: copy the link, print,
// and open the folded sources when a reason's source number is followed.
(function () {
  "use strict";
  var copyButton = document.querySelector(".js-copy-link");
  var status = document.getElementById("copy-status");
  if (copyButton && navigator.clipboard) {
    copyButton.hidden = false;
    copyButton.addEventListener("click", function () {
      var input = document.getElementById(copyButton.dataset.copyTarget);
      navigator.clipboard.writeText(input.value).then(
        function () { status.textContent = "Link copied."; },
        function () { input.select(); status.textContent = "Select the link and copy it."; }
      );
    });
  }
  var printButton = document.querySelector(".js-print");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
  // Browsers that do not open a <details> for a link to what it holds.
  document.addEventListener("click", function (event) {
    var link = event.target.closest(".reason-source");
    var target = link && document.getElementById(link.hash.slice(1));
    var details = target && target.closest("details");
    if (details) { details.open = true; }
  });
})();
