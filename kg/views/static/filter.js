// Filters a long list of a policy-kg page: what is typed in an <input data-filter="SELECTOR"> hides the
// items SELECTOR matches whose data-name does not contain it; an element "<input id>-count" tells how
// many are shown. Text is compared and counted, never parsed as HTML.
"use strict";

(function () {
  for (const input of document.querySelectorAll("input[data-filter]")) {
    const items = Array.from(document.querySelectorAll(input.dataset.filter));
    const count = document.getElementById(`${input.id}-count`);
    input.addEventListener("input", () => {
      const wanted = input.value.trim().toLocaleLowerCase();
      let shown = 0;
      for (const item of items) {
        const match = !wanted || item.dataset.name.toLocaleLowerCase().includes(wanted);
        item.hidden = !match;
        if (match) { shown += 1; }
        const details = item.closest("details");
        if (details && match && wanted) { details.open = true; }
      }
      if (count) { count.textContent = wanted ? `${shown} of ${items.length} shown` : ""; }
    });
  }
})();
