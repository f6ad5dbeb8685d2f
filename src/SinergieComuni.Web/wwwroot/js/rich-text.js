// The rich-text fields of the page editor: a toolbar (bold, italic, headings, lists, link, plain text) over an
// editable area that writes its HTML into the field's textarea, which the form posts. The server keeps only a safe
// subset of HTML, on save and on display. Without JavaScript the textarea takes simple HTML.
(function () {
    "use strict";

    var TOOLS = [
        { command: "bold", label: "Grassetto", text: "G", className: "fw-bold" },
        { command: "italic", label: "Corsivo", text: "C", className: "fst-italic" },
        { command: "formatBlock", value: "h2", label: "Titolo di sezione", text: "T2" },
        { command: "formatBlock", value: "h3", label: "Sottotitolo", text: "T3" },
        { command: "formatBlock", value: "p", label: "Paragrafo normale", text: "¶" },
        { command: "insertUnorderedList", label: "Elenco puntato", text: "•" },
        { command: "insertOrderedList", label: "Elenco numerato", text: "1." },
        { command: "createLink", label: "Collegamento", text: "Link" },
        { command: "unlink", label: "Togli il collegamento", text: "Togli link" },
        { command: "removeFormat", label: "Togli la formattazione", text: "Tx" }
    ];

    function enhance(box) {
        var source = box.querySelector("[data-rich-text-source]");
        var labelNode = box.querySelector("label");
        if (!source || box.hasAttribute("data-rich-text-ready")) {
            return;
        }
        box.setAttribute("data-rich-text-ready", "");

        var toolbar = document.createElement("div");
        toolbar.className = "sc-rich-toolbar btn-toolbar mb-1";
        toolbar.setAttribute("role", "toolbar");
        toolbar.setAttribute("aria-label", "Formattazione: " + labelNode.textContent);

        var area = document.createElement("div");
        area.className = "form-control sc-rich-area";
        area.contentEditable = "true";
        area.setAttribute("role", "textbox");
        area.setAttribute("aria-multiline", "true");
        area.setAttribute("aria-labelledby", labelNode.id);
        if (source.getAttribute("aria-describedby")) {
            area.setAttribute("aria-describedby", source.getAttribute("aria-describedby"));
        }
        if (source.getAttribute("aria-invalid")) {
            area.setAttribute("aria-invalid", "true");
        }
        area.setAttribute("data-rich-text-area", "");
        // The server has already sanitised what it shows here.
        area.innerHTML = source.value;

        function sync() {
            source.value = area.innerHTML;
        }

        TOOLS.forEach(function (tool) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "btn btn-sm btn-outline-secondary me-1 mb-1" + (tool.className ? " " + tool.className : "");
            // The short sign is for the eye; the full name is what assistive technologies (and speech input) use.
            var sign = document.createElement("span");
            sign.setAttribute("aria-hidden", "true");
            sign.textContent = tool.text;
            var name = document.createElement("span");
            name.className = "visually-hidden";
            name.textContent = tool.label;
            button.appendChild(sign);
            button.appendChild(name);
            button.title = tool.label;
            button.setAttribute("data-command", tool.command + (tool.value ? ":" + tool.value : ""));
            button.addEventListener("mousedown", function (event) { event.preventDefault(); });
            button.addEventListener("click", function () {
                area.focus();
                var value = tool.value || null;
                if (tool.command === "createLink") {
                    value = window.prompt("Indirizzo del collegamento (https://…, /pagina-del-sito, mailto:…)", "https://");
                    if (!value || !/^(https?:\/\/|\/(?!\/)|mailto:|tel:)/i.test(value.trim())) {
                        return;
                    }
                    value = value.trim();
                }
                document.execCommand("styleWithCSS", false, false);
                document.execCommand(tool.command, false, value);
                sync();
            });
            toolbar.appendChild(button);
        });

        area.addEventListener("input", sync);
        area.addEventListener("blur", sync);
        source.hidden = true;
        labelNode.removeAttribute("for");
        labelNode.addEventListener("click", function () { area.focus(); });
        source.parentNode.insertBefore(toolbar, source);
        source.parentNode.insertBefore(area, source);
        if (source.form) {
            source.form.addEventListener("submit", sync);
        }
    }

    document.execCommand("defaultParagraphSeparator", false, "p");
    Array.prototype.forEach.call(document.querySelectorAll("[data-rich-text]"), enhance);
}());
