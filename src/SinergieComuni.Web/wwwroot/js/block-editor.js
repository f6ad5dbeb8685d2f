// The page editor's blocks (/backoffice/pagine): moves blocks in the page by drag and drop, by the arrow keys on a
// block's handle or by its "Sposta su/giù" buttons, removes them, and renumbers their fields (Document.Blocks[i].…)
// so the form posts them in the new order. Every move is announced. Without it the same buttons post the form back.
(function () {
    "use strict";
    var root = document.querySelector("[data-block-editor]");
    if (!root) {
        return;
    }

    var list = root.querySelector("[data-block-list]");
    var announcer = root.querySelector("[data-block-announcer]");
    var dragging = null;
    var announceTimer = null;

    function announce(text) {
        announcer.textContent = "";
        window.clearTimeout(announceTimer);
        announceTimer = window.setTimeout(function () { announcer.textContent = text; }, 50);
    }

    function items() {
        return Array.prototype.slice.call(list.querySelectorAll(":scope > [data-block-item]"));
    }

    function label(item) {
        return item.querySelector("[data-block-label]").textContent;
    }

    // Gives each block the index of its place: names, ids, labels, the buttons' addresses and names.
    function renumber() {
        var all = items();
        all.forEach(function (item, index) {
            var old = item.getAttribute("data-index");
            if (old !== String(index)) {
                var nodes = [item].concat(Array.prototype.slice.call(item.querySelectorAll("*")));
                nodes.forEach(function (node) {
                    ["name", "id", "for", "aria-describedby", "aria-labelledby", "aria-controls", "formaction"].forEach(function (attr) {
                        var value = node.getAttribute(attr);
                        if (value) {
                            node.setAttribute(attr, value
                                .split("Blocks[" + old + "]").join("Blocks[" + index + "]")
                                .split("Blocks-" + old + "-").join("Blocks-" + index + "-")
                                .replace(new RegExp("index=" + old + "(&|$)"), "index=" + index + "$1"));
                        }
                    });
                });
                item.setAttribute("data-index", String(index));
            }
            var number = String(index + 1);
            item.querySelector("[data-block-number]").textContent = number;
            var name = "il blocco " + number + " «" + label(item) + "»";
            item.querySelector("[data-block-handle]").setAttribute("aria-label", "Sposta " + name);
            Array.prototype.forEach.call(item.querySelectorAll("[data-block-move], [data-block-remove]"), function (button) {
                var hidden = button.querySelector(".visually-hidden");
                if (hidden) {
                    hidden.textContent = " " + name;
                }
            });
            item.querySelector("[data-block-move='-1']").disabled = index === 0;
            item.querySelector("[data-block-move='1']").disabled = index === all.length - 1;
        });
    }

    function move(item, delta, focusSelector) {
        var all = items();
        var from = all.indexOf(item);
        var to = from + delta;
        if (to < 0 || to >= all.length) {
            announce("Il blocco «" + label(item) + "» è già " + (delta < 0 ? "il primo." : "l'ultimo."));
            return;
        }
        moveTo(item, to, focusSelector);
    }

    function moveTo(item, to, focusSelector) {
        var all = items();
        var from = all.indexOf(item);
        if (to === from) {
            return;
        }
        list.removeChild(item);
        var rest = items();
        if (to >= rest.length) {
            list.appendChild(item);
        } else {
            list.insertBefore(item, rest[to]);
        }
        renumber();
        var focus = item.querySelector(focusSelector);
        if (!focus || focus.disabled) {
            focus = item.querySelector("[data-block-handle]");
        }
        focus.focus();
        announce("Blocco «" + label(item) + "» spostato in posizione " + (to + 1) + " di " + items().length + ".");
    }

    list.addEventListener("click", function (event) {
        var button = event.target.closest("[data-block-move], [data-block-remove]");
        if (!button || !list.contains(button)) {
            return;
        }
        event.preventDefault();
        var item = button.closest("[data-block-item]");
        if (button.hasAttribute("data-block-remove")) {
            var name = label(item);
            var index = items().indexOf(item);
            list.removeChild(item);
            renumber();
            var next = items()[Math.min(index, items().length - 1)];
            (next ? next.querySelector("[data-block-handle]") : root.querySelector("#new-block-kind")).focus();
            announce("Blocco «" + name + "» rimosso. Salva la pagina per confermare.");
            return;
        }
        var delta = parseInt(button.getAttribute("data-block-move"), 10);
        move(item, delta, "[data-block-move='" + delta + "']");
    });

    list.addEventListener("keydown", function (event) {
        var handle = event.target.closest && event.target.closest("[data-block-handle]");
        if (!handle || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) {
            return;
        }
        event.preventDefault();
        move(handle.closest("[data-block-item]"), event.key === "ArrowUp" ? -1 : 1, "[data-block-handle]");
    });

    // ---- Drag and drop: only the handle starts a drag, so text in the fields can still be selected. ----

    function clearMarks() {
        Array.prototype.forEach.call(list.querySelectorAll(".sc-drop-before, .sc-drop-after"), function (node) {
            node.classList.remove("sc-drop-before", "sc-drop-after");
        });
    }

    function dropTarget(event) {
        var node = event.target.nodeType === 1 ? event.target : event.target.parentElement;
        var item = node && node.closest("[data-block-item]");
        if (!item || !list.contains(item)) {
            return null;
        }
        var box = item.getBoundingClientRect();
        return { item: item, after: event.clientY > box.top + box.height / 2 };
    }

    list.addEventListener("dragstart", function (event) {
        var handle = event.target.nodeType === 1 && event.target.hasAttribute("data-block-handle") ? event.target : null;
        if (!handle) {
            return;
        }
        dragging = handle.closest("[data-block-item]");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", label(dragging));
        dragging.classList.add("sc-dragging");
    });

    list.addEventListener("dragover", function (event) {
        var target = dragging && dropTarget(event);
        if (!target) {
            return;
        }
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        clearMarks();
        target.item.classList.add(target.after ? "sc-drop-after" : "sc-drop-before");
    });

    list.addEventListener("drop", function (event) {
        if (!dragging) {
            return;
        }
        event.preventDefault();
        var target = dropTarget(event);
        var item = dragging;
        dragging = null;
        clearMarks();
        item.classList.remove("sc-dragging");
        if (target && target.item !== item) {
            var all = items();
            var to = all.indexOf(target.item) + (target.after ? 1 : 0);
            if (all.indexOf(item) < to) {
                to -= 1;
            }
            moveTo(item, to, "[data-block-handle]");
        }
    });

    list.addEventListener("dragend", function () {
        if (dragging) {
            dragging.classList.remove("sc-dragging");
        }
        dragging = null;
        clearMarks();
    });

    Array.prototype.forEach.call(root.querySelectorAll("[data-block-handle], [data-block-help-script]"), function (node) {
        node.hidden = false;
    });
    renumber();
}());
