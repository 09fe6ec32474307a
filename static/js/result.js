// Progressive enhancement for a saved advisor result: copy the link, print.
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
})();
