// Turns the editor's stacked sections into tabs. Without this file every section is shown one after the other.
(function () {
    "use strict";
    var form = document.querySelector("[data-editor-tabs]");
    if (!form) {
        return;
    }

    var links = Array.prototype.slice.call(form.querySelectorAll("[data-tab-link]"));
    var panels = Array.prototype.slice.call(form.querySelectorAll("[data-tab-panel]"));
    if (panels.length === 0) {
        return;
    }

    function keepTab(id) {
        // Row buttons post the form back: come back to the same tab afterwards.
        Array.prototype.forEach.call(form.querySelectorAll("button[formaction]"), function (button) {
            var action = button.getAttribute("formaction").split("#")[0];
            button.setAttribute("formaction", action + "#" + id);
        });
    }

    function show(id, moveFocus) {
        panels.forEach(function (panel) {
            panel.hidden = panel.id !== id;
        });
        links.forEach(function (link) {
            var current = link.getAttribute("href") === "#" + id;
            link.classList.toggle("active", current);
            if (current) {
                link.setAttribute("aria-current", "true");
            } else {
                link.removeAttribute("aria-current");
            }
        });
        keepTab(id);
        if (moveFocus) {
            var heading = document.getElementById(id).querySelector("h2");
            heading.setAttribute("tabindex", "-1");
            heading.focus();
        }
    }

    links.forEach(function (link) {
        link.addEventListener("click", function (event) {
            event.preventDefault();
            show(link.getAttribute("href").slice(1), true);
        });
    });

    var invalid = form.querySelector(".is-invalid, .invalid-feedback.d-block:not(:empty)");
    var hashPanel = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    var start = invalid ? invalid.closest("[data-tab-panel]") : (hashPanel && hashPanel.hasAttribute("data-tab-panel") ? hashPanel : panels[0]);
    show((start || panels[0]).id, false);
})();
