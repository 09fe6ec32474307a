/* A "Preview" button under each Markdown field in admin: the server renders
   the text exactly as visitors will see it (sanitised, [[links]] resolved).
   A static file, so the site's strict Content Security Policy still holds. */
"use strict";
(function () {
  function addPreview(textarea) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button editorial-preview-button";
    button.textContent = "Preview";
    button.setAttribute("aria-controls", textarea.id + "_preview");
    const output = document.createElement("div");
    output.id = textarea.id + "_preview";
    output.className = "editorial-preview";
    output.setAttribute("aria-live", "polite");
    output.hidden = true;
    // Below the field (admin lays a field's row out as a flex row).
    const wrapper = document.createElement("div");
    wrapper.className = "editorial-preview-wrapper";
    wrapper.append(button, output);
    (textarea.closest(".flex-container") || textarea).insertAdjacentElement("afterend", wrapper);
    button.addEventListener("click", function () {
      const form = textarea.form;
      const body = new FormData();
      body.append("text", textarea.value);
      body.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
      fetch(textarea.dataset.markdownPreview, { method: "POST", body: body, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          const unlinked = response.headers.get("X-Unlinked-Slugs");
          return response.text().then(function (html) { return [html, unlinked]; });
        })
        .then(function ([html, unlinked]) {
          // Sanitised on the server by nh3, like every page of the site.
          output.innerHTML = "<p class=\"editorial-preview-title\">Preview</p>" + html;
          if (unlinked) {
            const note = document.createElement("p");
            note.className = "editorial-preview-warning";
            note.textContent = "Shown as plain text (no published term): " + unlinked.split(",").map(function (s) { return "[[" + s + "]]"; }).join(", ");
            output.appendChild(note);
          }
          output.hidden = false;
        })
        .catch(function () {
          output.textContent = "The preview could not be loaded. Your text is unchanged.";
          output.hidden = false;
        });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-markdown-preview]").forEach(addPreview);
  });
})();
