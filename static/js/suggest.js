// Glossary suggestions as you type: progressive enhancement of a plain search
// form. Without this file the form still submits to /glossary/?q=...
//
// Follows the WAI-ARIA 1.2 combobox pattern with a list popup
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the
// input, Down/Up move the active option (aria-activedescendant), Enter opens
// it, Escape closes the list. A polite live region says how many were found.
(function () {
  "use strict";

  var DELAY_MS = 150;

  function enhance(input) {
    var form = input.form;
    var listbox = document.getElementById(input.dataset.suggestList);
    var status = document.getElementById(input.dataset.suggestStatus);
    if (!form || !listbox || !status || !window.fetch) {
      return;
    }
    var options = [];
    var active = -1;
    var timer = null;
    var pending = null;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listbox.id);
    input.setAttribute("aria-expanded", "false");

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(index) {
      options.forEach(function (option, i) {
        option.element.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index < 0) {
        input.removeAttribute("aria-activedescendant");
      } else {
        input.setAttribute("aria-activedescendant", options[index].element.id);
        options[index].element.scrollIntoView({ block: "nearest" });
      }
    }

    function render(suggestions) {
      listbox.textContent = "";
      options = suggestions.map(function (suggestion, i) {
        var element = document.createElement("li");
        element.id = listbox.id + "-" + i;
        element.setAttribute("role", "option");
        element.setAttribute("aria-selected", "false");
        element.className = "suggestion";
        var name = document.createElement("span");
        name.className = "suggestion__name";
        name.textContent = suggestion.name;
        var category = document.createElement("span");
        category.className = "suggestion__category";
        category.textContent = suggestion.category;
        element.append(name, " ", category);
        // mousedown, not click: it comes before the input's blur closes the list.
        element.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.assign(suggestion.url);
        });
        listbox.appendChild(element);
        return { element: element, url: suggestion.url };
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (options.length) {
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
      status.textContent = options.length
        ? options.length + (options.length === 1 ? " suggestion" : " suggestions") +
          ": use the up and down arrows to choose."
        : "No suggestions.";
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (pending) {
        pending.abort();
      }
      if (!query) {
        listbox.textContent = "";
        options = [];
        status.textContent = "";
        close();
        return;
      }
      pending = new AbortController();
      var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(query);
      fetch(url, { signal: pending.signal, headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("suggestions unavailable");
          }
          return response.json();
        })
        .then(function (data) {
          // Only the answer to what is in the box now counts.
          if (data.query === input.value.trim()) {
            render(data.suggestions);
          }
        })
        .catch(function () {
          // No suggestions is fine: the form still searches.
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var open = !listbox.hidden && options.length > 0;
      if (event.key === "ArrowDown" && options.length) {
        event.preventDefault();
        if (!open) {
          listbox.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        setActive(active + 1 < options.length ? active + 1 : 0);
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault();
        setActive(active > 0 ? active - 1 : options.length - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        // The chosen term opens; Enter with nothing chosen submits the search.
        event.preventDefault();
        window.location.assign(options[active].url);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });

    // A click elsewhere (say, on the Search button) blurs the box on mousedown.
    // Closing the list then would shorten the page under the pointer, and the
    // click would land somewhere else: close once the click is done instead.
    var pointerIsDown = false;
    document.addEventListener("pointerdown", function () { pointerIsDown = true; }, true);
    document.addEventListener("pointerup", function () { pointerIsDown = false; }, true);
    input.addEventListener("blur", function () {
      if (pointerIsDown) {
        document.addEventListener("click", function () { window.setTimeout(close, 0); },
          { once: true, capture: true });
      } else {
        close();
      }
    });
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
})();
