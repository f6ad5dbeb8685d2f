// The form builder of /backoffice/moduli: edits pages, groups, fields and their conditions in memory and keeps the
// whole definition (with the settings panel's values) as JSON, in the format of stored versions, in the hidden
// DefinitionJson field that the editor form posts. The server validates it with FormRules; its messages come back
// keyed by paths ("Pages[0].Groups[0].Fields[2].Label") and are shown next to the matching control.
(function () {
    "use strict";
    var root = document.querySelector("[data-form-builder]");
    if (!root) {
        return;
    }

    var hidden = document.getElementById(root.getAttribute("data-input"));
    var editorForm = hidden.form;
    var announcer = document.querySelector("[data-builder-announcer]");
    var settingsRoot = document.querySelector("[data-settings]");
    var options = readJson("form-builder-options") || {};
    var serverErrors = readJson("form-builder-errors") || {};
    var typeLabels = {};
    options.types.forEach(function (t) { typeLabels[t.value] = t.label; });

    var ANSWERLESS = { Text: true };
    var CHOICES = { SingleChoice: true, MultipleChoice: true };
    var TEXTUAL = { ShortText: true, LongText: true, Email: true, Phone: true };
    var NOT_IN_CONDITIONS = { Text: true, Matrix: true, File: true };

    var metas = new WeakMap();
    var byUid = {};
    var nextUid = 1;
    var globalErrors = [];
    var pathTargets = {};
    var dragging = null;

    function meta(o) {
        var m = metas.get(o);
        if (!m) {
            m = { uid: "fb" + nextUid++, errors: {} };
            metas.set(o, m);
            byUid[m.uid] = o;
        }
        return m;
    }

    function uid(o) {
        return meta(o).uid;
    }

    function readJson(id) {
        var node = document.getElementById(id);
        if (!node) {
            return null;
        }
        try {
            return JSON.parse(node.textContent || "null");
        } catch (e) {
            return null;
        }
    }

    // ---- The definition ------------------------------------------------------------------------------------------

    var definition = null;
    try {
        definition = JSON.parse(hidden.value);
    } catch (e) {
        definition = null;
    }

    if (!definition || !Array.isArray(definition.pages)) {
        root.hidden = false;
        hideNoScriptNote();
        root.appendChild(el("div", { className: "alert alert-danger", role: "alert" }, [
            el("p", { text: "Le domande inviate non sono in un formato leggibile, quindi il costruttore non può mostrarle. Ricarica la pagina per tornare all'ultima versione salvata." }),
            el("a", { className: "btn btn-outline-primary btn-sm", href: window.location.pathname, text: "Ricarica l'ultima versione salvata" })
        ]));
        return;
    }

    definition.settings = definition.settings || {};
    definition.pages.forEach(function (page) {
        page.groups = page.groups || [];
        page.groups.forEach(function (group) {
            group.fields = group.fields || [];
            group.fields.forEach(function (field) {
                completeField(field);
                meta(field).originalKey = field.key;
            });
        });
    });

    function completeField(field) {
        field.key = field.key || "";
        field.label = field.label || "";
        field.options = field.options || [];
        field.rows = field.rows || [];
        field.fileTypes = field.fileTypes || [];
        field.required = !!field.required;
        field.dropdown = !!field.dropdown;
        field.sensitive = !!field.sensitive;
        if (typeof field.scaleMax !== "number") {
            field.scaleMax = 5;
        }
        return field;
    }

    function allFields() {
        var list = [];
        definition.pages.forEach(function (page, p) {
            page.groups.forEach(function (group, g) {
                group.fields.forEach(function (field, f) {
                    list.push({ field: field, group: group, page: page, p: p, g: g, f: f });
                });
            });
        });
        return list;
    }

    function allGroups() {
        var list = [];
        definition.pages.forEach(function (page, p) {
            page.groups.forEach(function (group, g) {
                list.push({ group: group, page: page, p: p, g: g });
            });
        });
        return list;
    }

    function locate(field) {
        var all = allFields();
        for (var i = 0; i < all.length; i++) {
            if (all[i].field === field) {
                return all[i];
            }
        }
        return null;
    }

    function locateGroup(group) {
        var all = allGroups();
        for (var i = 0; i < all.length; i++) {
            if (all[i].group === group) {
                return all[i];
            }
        }
        return null;
    }

    // Fields a condition may look at: answerable ones that come before the page, group or field it belongs to.
    function earlierFields(owner) {
        var list = [];
        var found = false;
        definition.pages.some(function (page) {
            if (page === owner) {
                found = true;
                return true;
            }
            return page.groups.some(function (group) {
                if (group === owner) {
                    found = true;
                    return true;
                }
                return group.fields.some(function (field) {
                    if (field === owner) {
                        found = true;
                        return true;
                    }
                    if (!NOT_IN_CONDITIONS[field.type] && field.key) {
                        list.push(field);
                    }
                    return false;
                });
            });
        });
        return found ? list : [];
    }

    function fieldByKey(key) {
        var all = allFields();
        for (var i = 0; i < all.length; i++) {
            if (all[i].field.key === key) {
                return all[i].field;
            }
        }
        return null;
    }

    function fieldName(field) {
        var label = (field.label || "").trim();
        if (!label) {
            return typeLabels[field.type] + (field.key ? " (" + field.key + ")" : "");
        }
        return label.length > 60 ? label.slice(0, 59) + "…" : label;
    }

    // ---- Keys ----------------------------------------------------------------------------------------------------

    function slug(text, max) {
        var s = (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
            .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
        if (s.length > max) {
            s = s.slice(0, max);
            var cut = s.lastIndexOf("-");
            s = cut > max / 2 ? s.slice(0, cut) : s;
        }
        return s.replace(/-+$/, "");
    }

    function keyTaken(key, except) {
        var taken = false;
        definition.pages.forEach(function (page) {
            taken = taken || (page !== except && page.key === key);
            page.groups.forEach(function (group) {
                taken = taken || (group !== except && group.key === key);
                group.fields.forEach(function (field) {
                    taken = taken || (field !== except && field.key === key);
                });
            });
        });
        return taken;
    }

    function uniqueKey(base, fallback, except) {
        base = slug(base, 40);
        if (!/^[a-z]/.test(base)) {
            base = fallback + (base ? "-" + base : "");
        }
        var key = base;
        var n = 2;
        while (keyTaken(key, except)) {
            key = base + "-" + n++;
        }
        return key;
    }

    function optionValue(label, list, except) {
        var base = slug(label, 40) || "voce";
        var value = base;
        var n = 2;
        while (list.some(function (o) { return o !== except && o.value === value; })) {
            value = base + "-" + n++;
        }
        return value;
    }

    // ---- Server errors -------------------------------------------------------------------------------------------

    function camel(name) {
        return name.charAt(0).toLowerCase() + name.slice(1);
    }

    // "Pages[0].Groups[1].Fields[2].Condition.Rules[0].Value" -> the rule object and "value".
    function resolve(path) {
        var segments = path.split(".");
        var current = definition;
        var i = 0;
        for (; i < segments.length; i++) {
            var m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(segments[i]);
            if (!m) {
                break;
            }
            var value = current[camel(m[1])];
            if (m[2] !== undefined) {
                if (!Array.isArray(value) || !value[+m[2]] || typeof value[+m[2]] !== "object") {
                    break;
                }
                current = value[+m[2]];
            } else if (value && typeof value === "object" && !Array.isArray(value)) {
                current = value;
            } else {
                break;
            }
        }
        return { obj: current, prop: segments.slice(i).map(camel).join(".") };
    }

    Object.keys(serverErrors).forEach(function (path) {
        var target = resolve(path);
        var messages = serverErrors[path];
        pathTargets[path] = target;
        if (target.obj === definition) {
            globalErrors = globalErrors.concat(messages);
            return;
        }
        var errors = meta(target.obj).errors;
        errors[target.prop] = (errors[target.prop] || []).concat(messages);
        openAround(target.obj);
    });

    function hasErrors(o) {
        return Object.keys(meta(o).errors).length > 0;
    }

    function fieldHasErrors(field) {
        if (hasErrors(field)) {
            return true;
        }
        var parts = field.options.concat(field.rows);
        if (field.condition) {
            parts.push(field.condition);
            parts = parts.concat(field.condition.rules || []);
        }
        return parts.some(hasErrors);
    }

    // Opens the field or group that holds an object, so that its message can be seen.
    function openAround(obj) {
        allFields().forEach(function (entry) {
            var field = entry.field;
            var condition = field.condition;
            if (field === obj || field.options.indexOf(obj) >= 0 || field.rows.indexOf(obj) >= 0
                || condition === obj || (condition && (condition.rules || []).indexOf(obj) >= 0)) {
                meta(field).expanded = true;
            }
        });
        allGroups().forEach(function (entry) {
            var condition = entry.group.condition;
            if (entry.group === obj || condition === obj || (condition && (condition.rules || []).indexOf(obj) >= 0)) {
                meta(entry.group).expanded = true;
            }
        });
    }

    // ---- DOM helpers ---------------------------------------------------------------------------------------------

    function el(tag, attrs, children) {
        var node = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (name) {
            var value = attrs[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name === "text") {
                node.textContent = value;
            } else if (name === "className") {
                node.className = value;
            } else if (name.indexOf("on") === 0) {
                node.addEventListener(name.slice(2), value);
            } else {
                node.setAttribute(name, value === true ? "" : value);
            }
        });
        (children || []).forEach(function (child) {
            if (child === null || child === undefined || child === false) {
                return;
            }
            node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
        });
        return node;
    }

    function hiddenText(text) {
        return el("span", { className: "visually-hidden", text: text });
    }

    function button(text, hint, attrs, onClick) {
        var b = el("button", Object.assign({ type: "button", className: "btn btn-sm btn-outline-primary" }, attrs), [text, hint ? hiddenText(" " + hint) : null]);
        b.addEventListener("click", onClick);
        return b;
    }

    function errorBlock(id, messages) {
        return messages ? el("div", { id: id + "-error", className: "invalid-feedback d-block", text: messages.join(" ") }) : null;
    }

    function describe(control, id, help, messages) {
        var ids = [];
        if (help) {
            ids.push(id + "-help");
        }
        if (messages) {
            ids.push(id + "-error");
            control.classList.add("is-invalid");
            control.setAttribute("aria-invalid", "true");
        }
        if (ids.length) {
            control.setAttribute("aria-describedby", ids.join(" "));
        }
    }

    // A text, number or date input (or textarea) bound to obj[prop].
    function textControl(obj, prop, label, opts) {
        opts = opts || {};
        var id = uid(obj) + "-" + prop;
        var messages = meta(obj).errors[prop];
        var value = obj[prop] === null || obj[prop] === undefined ? "" : String(obj[prop]);
        var control = opts.multiline
            ? el("textarea", { id: id, className: "form-control", rows: opts.rows || 2, maxlength: opts.maxlength })
            : el("input", { id: id, type: opts.type || "text", className: "form-control", inputmode: opts.inputmode, maxlength: opts.maxlength, min: opts.min, max: opts.max, autocomplete: "off", spellcheck: opts.code ? "false" : null });
        control.value = value;
        describe(control, id, opts.help, messages);
        control.addEventListener("input", function () {
            var text = control.value;
            if (opts.integer) {
                var n = parseInt(text, 10);
                obj[prop] = text.trim() === "" || isNaN(n) ? (opts.fallback === undefined ? (control.validity && control.validity.badInput ? -1 : null) : opts.fallback) : n;
            } else {
                obj[prop] = text === "" && !opts.keepEmpty ? null : text;
            }
            if (opts.onInput) {
                opts.onInput(text, control);
            }
            save();
        });
        if (opts.onChange) {
            control.addEventListener("change", function () { opts.onChange(control.value, control); });
        }
        if (opts.onFocus) {
            control.addEventListener("focus", function () { opts.onFocus(control); });
        }
        return el("div", { className: "form-group mb-3" + (opts.className ? " " + opts.className : "") }, [
            el("label", { for: id, className: "active", text: label }),
            control,
            opts.help ? el("small", { id: id + "-help", className: "form-text", text: opts.help }) : null,
            errorBlock(id, messages),
            opts.extra || null
        ]);
    }

    function checkControl(obj, prop, label, opts) {
        opts = opts || {};
        var id = uid(obj) + "-" + prop;
        var messages = meta(obj).errors[prop];
        var control = el("input", { id: id, type: "checkbox", className: "form-check-input" });
        control.checked = !!obj[prop];
        describe(control, id, opts.help, messages);
        control.addEventListener("change", function () {
            obj[prop] = control.checked;
            save();
            if (opts.rerender) {
                render({ id: id });
            }
        });
        return el("div", { className: "form-check mb-3" }, [
            control,
            el("label", { for: id, className: "form-check-label", text: label }),
            opts.help ? el("small", { id: id + "-help", className: "form-text d-block", text: opts.help }) : null,
            errorBlock(id, messages)
        ]);
    }

    function selectControl(obj, prop, label, choices, opts) {
        opts = opts || {};
        var id = opts.id || uid(obj) + "-" + prop;
        var messages = meta(obj).errors[prop];
        var control = el("select", { id: id, className: "form-select", disabled: opts.disabled });
        var current = obj[prop] === null || obj[prop] === undefined ? "" : String(obj[prop]);
        choices.forEach(function (choice) {
            var option = el("option", { value: choice.value, text: choice.label });
            option.selected = choice.value === current;
            control.appendChild(option);
        });
        describe(control, id, opts.help, messages);
        control.addEventListener("change", function () {
            if (opts.onChange) {
                opts.onChange(control.value);
            } else {
                obj[prop] = control.value === "" ? null : control.value;
                save();
            }
        });
        return el("div", { className: "form-group mb-3" + (opts.className ? " " + opts.className : "") }, [
            el("label", { for: id, className: "active", text: label }),
            control,
            opts.help ? el("small", { id: id + "-help", className: "form-text", text: opts.help }) : null,
            errorBlock(id, messages)
        ]);
    }

    // ---- Saving, announcing, focus -------------------------------------------------------------------------------

    function readSettings() {
        var s = definition.settings;
        var lists = {};
        Array.prototype.forEach.call(settingsRoot.querySelectorAll("[data-setting]"), function (control) {
            var name = control.getAttribute("data-setting");
            if (control.hasAttribute("data-list")) {
                lists[name] = lists[name] || [];
                if (control.checked) {
                    lists[name].push(control.value);
                }
            } else if (control.type === "checkbox") {
                s[name] = control.checked;
            } else if (name === "notifyEmails") {
                s[name] = control.value.split(/[\s,;]+/).filter(function (x) { return x.length > 0; });
            } else if (name === "retentionDays") {
                var days = parseInt(control.value, 10);
                s[name] = control.value.trim() === "" ? (control.validity.badInput ? -1 : null) : (isNaN(days) ? -1 : days);
            } else {
                s[name] = control.value === "" ? null : control.value;
            }
        });
        Object.keys(lists).forEach(function (name) { s[name] = lists[name]; });
    }

    function save() {
        hidden.value = JSON.stringify(definition);
    }

    var announceTimer = null;
    function announce(text) {
        announcer.textContent = "";
        window.clearTimeout(announceTimer);
        announceTimer = window.setTimeout(function () { announcer.textContent = text; }, 50);
    }

    function focusById(id) {
        var node = id && document.getElementById(id);
        if (node && !node.disabled) {
            node.focus();
            return true;
        }
        return false;
    }

    // ---- Rendering -----------------------------------------------------------------------------------------------

    function render(focus) {
        var nodes = [];
        if (globalErrors.length) {
            nodes.push(el("div", { className: "alert alert-danger", id: "fb-global-errors" }, [
                el("ul", { className: "mb-0" }, globalErrors.map(function (m) { return el("li", { text: m }); }))
            ]));
        }
        var number = { value: 0 };
        definition.pages.forEach(function (page, p) {
            nodes.push(renderPage(page, p, number));
        });
        nodes.push(el("p", {}, [button("Aggiungi una pagina", null, { id: "fb-add-page", className: "btn btn-outline-primary" }, addPage)]));
        root.replaceChildren.apply(root, nodes);
        save();
        if (focus) {
            if (!focusById(focus.id)) {
                focusById(focus.fallback);
            }
        }
    }

    function renderPage(page, p, number) {
        var id = uid(page);
        var count = definition.pages.length;
        var title = (page.title || "").trim();
        var heading = "Pagina " + (p + 1) + " di " + count + (title ? ": " + title : "");
        var section = el("section", { className: "fb-page", "aria-labelledby": id + "-heading", "data-uid": id });
        section.appendChild(el("div", { className: "fb-head" }, [
            el("h3", { id: id + "-heading", className: "h5 mb-0", text: heading }),
            el("div", { className: "fb-actions" }, [
                button("Sposta su", "la pagina " + (p + 1), { id: id + "-up", disabled: p === 0 }, function () { movePage(page, -1, "up"); }),
                button("Sposta giù", "la pagina " + (p + 1), { id: id + "-down", disabled: p === count - 1 }, function () { movePage(page, 1, "down"); }),
                button("Elimina la pagina", (p + 1).toString(), { id: id + "-remove", className: "btn btn-sm btn-outline-danger", disabled: count === 1 }, function () { removePage(page); })
            ])
        ]));
        section.appendChild(textControl(page, "title", "Titolo della pagina " + (p + 1) + " (facoltativo)", {
            maxlength: 200,
            help: "Compare sopra le domande della pagina, con «Passo " + (p + 1) + " di " + count + "».",
            onInput: function (text) {
                section.querySelector("#" + id + "-heading").textContent = "Pagina " + (p + 1) + " di " + count + (text.trim() ? ": " + text.trim() : "");
            }
        }));
        if (messagesFor(page, "key")) {
            section.appendChild(textControl(page, "key", "Codice della pagina", { maxlength: 60, code: true }));
        }
        if (p > 0 || page.condition) {
            section.appendChild(renderCondition(page, "la pagina " + (p + 1)));
        }
        page.groups.forEach(function (group, g) {
            section.appendChild(renderGroup(page, p, group, g, number));
        });
        section.appendChild(button("Aggiungi un gruppo", "alla pagina " + (p + 1), { id: id + "-add-group" }, function () { addGroup(page); }));
        return section;
    }

    function messagesFor(obj, prop) {
        return meta(obj).errors[prop];
    }

    function renderGroup(page, p, group, g, number) {
        var id = uid(group);
        var m = meta(group);
        var title = (group.title || "").trim();
        var place = allGroups();
        var index = place.findIndex(function (x) { return x.group === group; });
        var name = "Gruppo " + (g + 1) + " della pagina " + (p + 1);
        var section = el("section", { className: "fb-group", "aria-labelledby": id + "-heading", "data-uid": id });
        section.appendChild(el("div", { className: "fb-head" }, [
            el("h4", { id: id + "-heading", className: "h6 mb-0" }, [name, title ? ": " + title : " (senza titolo)", group.condition ? " · con condizione" : ""]),
            el("div", { className: "fb-actions" }, [
                button(m.expanded ? "Chiudi le impostazioni del gruppo" : "Titolo e condizione del gruppo", null,
                    { id: id + "-toggle", "aria-expanded": m.expanded ? "true" : "false", "aria-controls": id + "-settings", className: "btn btn-sm btn-outline-secondary" },
                    function () { m.expanded = !m.expanded; render({ id: id + "-toggle" }); }),
                button("Sposta su", "il " + name.toLowerCase(), { id: id + "-up", disabled: index === 0 }, function () { moveGroup(group, -1, "up"); }),
                button("Sposta giù", "il " + name.toLowerCase(), { id: id + "-down", disabled: index === place.length - 1 }, function () { moveGroup(group, 1, "down"); }),
                button("Elimina il gruppo", name.toLowerCase(), { id: id + "-remove", className: "btn btn-sm btn-outline-danger", disabled: page.groups.length === 1 }, function () { removeGroup(page, group); })
            ])
        ]));
        if (m.expanded) {
            section.appendChild(el("div", { id: id + "-settings", className: "fb-group-settings" }, [
                textControl(group, "title", "Titolo del gruppo (facoltativo)", { maxlength: 200, help: "Con un titolo, le domande del gruppo sono mostrate insieme in un riquadro." }),
                textControl(group, "description", "Descrizione del gruppo (facoltativa)", { multiline: true, maxlength: 2000 }),
                messagesFor(group, "key") ? textControl(group, "key", "Codice del gruppo", { maxlength: 60, code: true }) : null,
                renderCondition(group, "il gruppo")
            ]));
        }
        var list = el("ol", { className: "fb-fields", "data-drop-group": id, "aria-label": "Domande del " + name.toLowerCase() });
        group.fields.forEach(function (field) {
            number.value += 1;
            list.appendChild(renderField(field, number.value));
        });
        if (group.fields.length === 0) {
            list.appendChild(el("li", { className: "fb-empty", text: "Nessuna domanda in questo gruppo: aggiungine una qui sotto o trascinala qui." }));
        }
        section.appendChild(list);
        section.appendChild(renderAddField(group, name));
        return section;
    }

    function renderAddField(group, name) {
        var id = uid(group) + "-new-type";
        var select = el("select", { id: id, className: "form-select" }, options.types.map(function (t) {
            return el("option", { value: t.value, text: t.label });
        }));
        return el("div", { className: "fb-add-field" }, [
            el("div", { className: "form-group mb-0" }, [el("label", { for: id, className: "active", text: "Tipo della nuova domanda" }), select]),
            button("Aggiungi la domanda", "al " + name.toLowerCase(), { id: uid(group) + "-add-field", className: "btn btn-primary btn-sm" }, function () { addField(group, select.value); })
        ]);
    }

    function renderField(field, number) {
        var m = meta(field);
        var id = m.uid;
        var name = fieldName(field);
        var where = locate(field);
        var all = allFields();
        var position = all.indexOf(all.filter(function (x) { return x.field === field; })[0]);
        var li = el("li", { className: "fb-field" + (m.expanded ? " fb-open" : ""), "data-uid": id, "data-field-key": field.key });
        var handle = el("button", {
            type: "button", id: id + "-handle", className: "fb-handle btn btn-sm", "aria-label": "Sposta la domanda «" + name + "»",
            "aria-describedby": "fb-handle-hint", "data-handle": "", draggable: "true"
        }, [el("span", { "aria-hidden": "true", text: "⠿" })]);
        handle.addEventListener("keydown", function (e) {
            if (e.key === "ArrowUp" || e.key === "ArrowDown") {
                e.preventDefault();
                moveField(field, e.key === "ArrowUp" ? -1 : 1, "handle");
            }
        });

        var summary = [];
        if (field.required) {
            summary.push("obbligatoria");
        }
        if (field.condition) {
            summary.push("con condizione");
        }
        if (field.sensitive) {
            summary.push("riservata");
        }
        li.appendChild(el("div", { className: "fb-head" }, [
            handle,
            el("div", { className: "fb-field-title" }, [
                el("span", { className: "fb-number", text: number + ". " }),
                el("span", { className: "fb-label", "data-field-label": "", text: name }),
                " ",
                el("span", { className: "badge fb-type", text: typeLabels[field.type] }),
                summary.length ? el("span", { className: "fb-summary", text: " " + summary.join(", ") }) : null,
                fieldHasErrors(field) ? el("span", { className: "badge fb-error-badge", text: "da correggere" }) : null
            ]),
            el("div", { className: "fb-actions" }, [
                button(m.expanded ? "Chiudi" : "Modifica", "«" + name + "»", { id: id + "-toggle", "aria-expanded": m.expanded ? "true" : "false", "aria-controls": id + "-body", className: "btn btn-sm btn-outline-secondary" },
                    function () { m.expanded = !m.expanded; render({ id: id + "-toggle" }); }),
                button("Sposta su", "«" + name + "»", { id: id + "-up", disabled: position === 0 }, function () { moveField(field, -1, "up"); }),
                button("Sposta giù", "«" + name + "»", { id: id + "-down", disabled: position === all.length - 1 }, function () { moveField(field, 1, "down"); }),
                button("Sposta alla pagina…", "«" + name + "»", { id: id + "-move", "aria-expanded": m.moving ? "true" : "false", disabled: allGroups().length < 2 },
                    function () { m.moving = !m.moving; render({ id: m.moving ? id + "-target" : id + "-move" }); }),
                button("Elimina", "«" + name + "»", { id: id + "-remove", className: "btn btn-sm btn-outline-danger" }, function () { removeField(field); })
            ])
        ]));
        if (m.moving) {
            li.appendChild(renderMoveTo(field, where, name));
        }
        if (m.expanded) {
            li.appendChild(renderFieldBody(field, name));
        }
        return li;
    }

    function renderMoveTo(field, where, name) {
        var id = uid(field);
        var select = el("select", { id: id + "-target", className: "form-select" });
        allGroups().forEach(function (entry) {
            var title = (entry.group.title || "").trim();
            var option = el("option", {
                value: uid(entry.group),
                text: "Pagina " + (entry.p + 1) + (entry.page.title ? " («" + entry.page.title + "»)" : "") + ", gruppo " + (entry.g + 1) + (title ? " («" + title + "»)" : "") + (entry.group === where.group ? " – dove si trova ora" : "")
            });
            option.selected = entry.group === where.group;
            select.appendChild(option);
        });
        return el("div", { className: "fb-move-to" }, [
            el("div", { className: "form-group mb-2" }, [el("label", { for: id + "-target", className: "active", text: "Sposta «" + name + "» alla fine di" }), select]),
            button("Sposta", "«" + name + "»", { id: id + "-move-confirm", className: "btn btn-sm btn-primary" }, function () {
                meta(field).moving = false;
                var group = byUid[select.value];
                moveFieldTo(field, group, group.fields.length, "handle");
            }),
            " ",
            button("Annulla", null, { id: id + "-move-cancel", className: "btn btn-sm btn-link" }, function () { meta(field).moving = false; render({ id: id + "-move" }); })
        ]);
    }

    function renderFieldBody(field, name) {
        var id = uid(field);
        var type = field.type;
        var body = el("div", { id: id + "-body", className: "fb-body" });
        var settings = el("fieldset", {}, [el("legend", { className: "visually-hidden", text: "Impostazioni della domanda «" + name + "»" })]);
        body.appendChild(settings);

        settings.appendChild(selectControl(field, "type", "Tipo di domanda", options.types, {
            onChange: function (value) {
                field.type = value;
                prepareType(field);
                render({ id: id + "-type" });
            }
        }));

        var isText = type === "Text";
        settings.appendChild(textControl(field, "label", isText ? "Testo da mostrare" + " (obbligatorio)" : (type === "Hidden" ? "Nome del campo (per chi legge le risposte)" : "Testo della domanda (obbligatorio)"), {
            multiline: isText || type === "Consent",
            rows: isText ? 4 : 2,
            maxlength: isText ? 5000 : 500,
            keepEmpty: true,
            onInput: function (text, control) {
                var label = control.closest(".fb-field").querySelector("[data-field-label]");
                label.textContent = fieldName(field);
                if (meta(field).keyAuto && text.trim()) {
                    var keyInput = document.getElementById(id + "-key");
                    var old = field.key;
                    field.key = uniqueKey(text, "domanda", field);
                    renameReferences(old, field.key);
                    if (keyInput) {
                        keyInput.value = field.key;
                    }
                }
            }
        }));

        if (!isText) {
            var keyHelp = "Identifica le risposte nelle esportazioni e nelle condizioni: lettere minuscole, cifre, trattini (-) e trattini bassi (_), iniziando con una lettera.";
            var answered = !meta(field).isNew && options.entries > 0;
            if (answered) {
                keyHelp += " Attenzione: il modulo ha già ricevuto risposte; se cambi il codice, le risposte vecchie e quelle nuove finiranno in due colonne diverse.";
            }
            var duplicate = el("div", { id: id + "-key-duplicate", className: "fb-warning small", "aria-live": "polite" });
            settings.appendChild(textControl(field, "key", "Codice della domanda", {
                maxlength: 60, code: true, keepEmpty: true, help: keyHelp, extra: duplicate,
                onFocus: function (control) { meta(field).keyBefore = control.value; },
                onInput: function (text) {
                    meta(field).keyAuto = false;
                    duplicate.textContent = keyTaken(text, field)
                        ? "Questo codice è già usato da un'altra pagina, gruppo o domanda: scegline uno diverso."
                        : answered && text !== meta(field).originalKey
                            ? "Le risposte già ricevute restano sotto il codice «" + meta(field).originalKey + "»: quelle nuove andranno in una colonna diversa."
                            : "";
                },
                onChange: function (text) {
                    renameReferences(meta(field).keyBefore, text);
                    meta(field).keyBefore = text;
                }
            }));
        }

        if (!isText && type !== "Hidden") {
            settings.appendChild(textControl(field, "help", "Testo di aiuto (facoltativo)", { multiline: true, maxlength: 1000, help: "Compare sotto la domanda, per spiegare cosa scrivere." }));
        }
        if (TEXTUAL[type] || type === "Number" || type === "Date") {
            settings.appendChild(textControl(field, "placeholder", "Esempio di risposta (facoltativo)", { maxlength: 200, help: "Per esempio «Mario Rossi». Non sostituisce il testo della domanda." }));
        }
        if (!isText && type !== "Hidden") {
            settings.appendChild(checkControl(field, "required", type === "Consent" ? "Obbligatorio (serve per conservare le risposte)" : "Risposta obbligatoria", { rerender: true }));
            settings.appendChild(textControl(field, "errorMessage", "Messaggio di errore personalizzato (facoltativo)", { maxlength: 300, help: "Sostituisce il messaggio standard quando la risposta manca o non ha il formato richiesto." }));
        }
        if (TEXTUAL[type]) {
            settings.appendChild(el("div", { className: "row" }, [
                el("div", { className: "col-md-6" }, [textControl(field, "minLength", "Lunghezza minima (caratteri)", { type: "number", integer: true, min: 0 })]),
                el("div", { className: "col-md-6" }, [textControl(field, "maxLength", "Lunghezza massima (caratteri)", { type: "number", integer: true, min: 1, max: type === "LongText" ? 10000 : 1000 })])
            ]));
            settings.appendChild(textControl(field, "pattern", "Formato richiesto: espressione regolare (facoltativa)", { maxlength: 500, code: true, help: "Per esperti: la risposta intera deve corrispondere, per esempio [0-9]{5} per un CAP." }));
        }
        if (type === "Number") {
            settings.appendChild(el("div", { className: "row" }, [
                el("div", { className: "col-md-6" }, [textControl(field, "min", "Valore minimo", { inputmode: "decimal" })]),
                el("div", { className: "col-md-6" }, [textControl(field, "max", "Valore massimo", { inputmode: "decimal" })])
            ]));
        }
        if (type === "Date") {
            settings.appendChild(el("div", { className: "row" }, [
                el("div", { className: "col-md-6" }, [textControl(field, "min", "Data più vicina ammessa", { type: "date" })]),
                el("div", { className: "col-md-6" }, [textControl(field, "max", "Data più lontana ammessa", { type: "date" })])
            ]));
        }
        if (CHOICES[type]) {
            settings.appendChild(renderOptions(field, "options", "Scelte", "la scelta"));
            if (type === "SingleChoice") {
                settings.appendChild(checkControl(field, "dropdown", "Mostra come menu a tendina invece che come pulsanti di scelta", { help: "Utile quando le scelte sono molte (per esempio i comuni)." }));
            }
        }
        if (type === "Matrix") {
            settings.appendChild(renderOptions(field, "rows", "Affermazioni da valutare", "l'affermazione"));
        }
        if (type === "Scale" || type === "Matrix") {
            settings.appendChild(textControl(field, "scaleMax", "Punto più alto della scala (da 2 a 10; il più basso è 1)", {
                type: "number", integer: true, fallback: 5, min: 2, max: 10,
                onChange: function () { render({ id: id + "-scaleMax" }); }
            }));
            settings.appendChild(el("div", { className: "row" }, [
                el("div", { className: "col-md-6" }, [textControl(field, "scaleMinLabel", "Significato di 1 (facoltativo)", { maxlength: 100, help: "Per esempio «Per niente»." })]),
                el("div", { className: "col-md-6" }, [textControl(field, "scaleMaxLabel", "Significato di " + field.scaleMax + " (facoltativo)", { maxlength: 100, help: "Per esempio «Moltissimo»." })])
            ]));
            settings.appendChild(renderScaleLabels(field));
        }
        if (type === "File") {
            settings.appendChild(renderFileTypes(field));
            settings.appendChild(textControl(field, "maxFileMb", "Dimensione massima di ogni file (MB, da 1 a " + options.maxFileMb + ")", { type: "number", integer: true, min: 1, max: options.maxFileMb }));
        }
        if (TEXTUAL[type] || type === "Date" || type === "Number") {
            settings.appendChild(selectControl(field, "autocomplete", "Che cosa chiede la domanda (completamento automatico)",
                [{ value: "", label: "Non indicato" }].concat(options.autocomplete),
                { help: "Permette al browser di proporre i dati della persona (nome, email…) e aiuta chi usa tecnologie assistive." }));
        }
        if (!isText) {
            settings.appendChild(checkControl(field, "sensitive", "Dato riservato", { help: "Le risposte sono visibili solo a chi ha il permesso di leggere i dati riservati e non vengono copiate nelle email." }));
        }
        if (type === "Hidden" || TEXTUAL[type] || type === "Number" || CHOICES[type]) {
            settings.appendChild(textControl(field, "queryParameter", "Riempi dal parametro dell'indirizzo (facoltativo)", {
                maxlength: 60, code: true,
                help: type === "Hidden"
                    ? "Per esempio «servizio»: /moduli/richiesta?servizio=nido-arcobaleno riempie il campo con nido-arcobaleno."
                    : "Per esempio «comune»: il valore del parametro nell'indirizzo viene proposto come risposta."
            }));
        }
        if (type === "Hidden" || TEXTUAL[type] || type === "Number" || type === "Date") {
            settings.appendChild(textControl(field, "defaultValue", "Valore predefinito (facoltativo)", { maxlength: 500 }));
        }
        body.appendChild(renderCondition(field, "la domanda"));
        return body;
    }

    // The choices of a choice field or the statements of a matrix: label plus a code made from it.
    function renderOptions(field, prop, legend, one) {
        var list = field[prop];
        var fieldset = el("fieldset", { className: "fb-options", id: uid(field) + "-" + prop + "-set" }, [el("legend", { className: "h6", text: legend })]);
        var messages = messagesFor(field, prop);
        if (messages) {
            fieldset.appendChild(el("div", { className: "invalid-feedback d-block", text: messages.join(" ") }));
        }
        var ol = el("ol", { className: "fb-option-list" });
        list.forEach(function (option, i) {
            var om = meta(option);
            var n = i + 1;
            var labelInput = textControl(option, "label", legend === "Scelte" ? "Testo della scelta " + n : "Affermazione " + n, {
                maxlength: 300, keepEmpty: true, className: "fb-option-label",
                onInput: function (text) {
                    if (om.valueAuto) {
                        option.value = optionValue(text, list, option);
                        var valueInput = document.getElementById(om.uid + "-value");
                        valueInput.value = option.value;
                    }
                }
            });
            var valueInput = textControl(option, "value", "Codice " + n, {
                maxlength: 60, keepEmpty: true, code: true, className: "fb-option-value",
                onInput: function () { om.valueAuto = false; }
            });
            ol.appendChild(el("li", { className: "fb-option", "data-uid": om.uid }, [
                labelInput,
                valueInput,
                el("div", { className: "fb-actions" }, [
                    button("Su", one + " " + n, { id: om.uid + "-up", disabled: i === 0 }, function () { moveItem(list, i, -1); announce("Voce spostata in posizione " + i + "."); render({ id: om.uid + "-up", fallback: om.uid + "-down" }); }),
                    button("Giù", one + " " + n, { id: om.uid + "-down", disabled: i === list.length - 1 }, function () { moveItem(list, i, 1); announce("Voce spostata in posizione " + (i + 2) + "."); render({ id: om.uid + "-down", fallback: om.uid + "-up" }); }),
                    button("Rimuovi", one + " " + n, { id: om.uid + "-remove", className: "btn btn-sm btn-outline-danger" }, function () {
                        list.splice(i, 1);
                        announce("Voce rimossa.");
                        render({ id: uid(field) + "-" + prop });
                    })
                ])
            ]));
        });
        fieldset.appendChild(ol);
        fieldset.appendChild(button(legend === "Scelte" ? "Aggiungi una scelta" : "Aggiungi un'affermazione", null, { id: uid(field) + "-" + prop }, function () {
            var option = { value: "", label: "" };
            meta(option).valueAuto = true;
            list.push(option);
            render({ id: meta(option).uid + "-label" });
        }));
        return fieldset;
    }

    // A label for each point of a scale, stored as options whose value is the point ("1", "2"…).
    function renderScaleLabels(field) {
        var fieldset = el("fieldset", { className: "fb-options" }, [
            el("legend", { className: "h6", text: "Etichette dei punti della scala (facoltative)" })
        ]);
        var row = el("div", { className: "row" });
        for (var point = 1; point <= Math.min(Math.max(field.scaleMax, 2), 10); point++) {
            (function (value) {
                var id = uid(field) + "-point-" + value;
                var existing = field.options.filter(function (o) { return o.value === value; })[0];
                var input = el("input", { id: id, type: "text", className: "form-control", maxlength: 300, autocomplete: "off" });
                input.value = existing ? existing.label : "";
                input.addEventListener("input", function () {
                    field.options = field.options.filter(function (o) { return o.value !== value; });
                    if (input.value.trim()) {
                        field.options.push({ value: value, label: input.value });
                        field.options.sort(function (a, b) { return (+a.value) - (+b.value); });
                    }
                    save();
                });
                row.appendChild(el("div", { className: "col-sm-6 col-md-4 form-group mb-2" }, [el("label", { for: id, className: "active", text: "Punto " + value }), input]));
            })(String(point));
        }
        fieldset.appendChild(row);
        return fieldset;
    }

    function renderFileTypes(field) {
        var messages = messagesFor(field, "fileTypes");
        var fieldset = el("fieldset", { className: "mb-3", id: uid(field) + "-fileTypes" }, [el("legend", { className: "h6", text: "Tipi di file ammessi" })]);
        options.fileTypes.forEach(function (type) {
            var id = uid(field) + "-file-" + type;
            var box = el("input", { id: id, type: "checkbox", className: "form-check-input", value: type });
            box.checked = field.fileTypes.indexOf(type) >= 0;
            box.addEventListener("change", function () {
                field.fileTypes = options.fileTypes.filter(function (t) {
                    return t === type ? box.checked : field.fileTypes.indexOf(t) >= 0;
                });
                save();
            });
            fieldset.appendChild(el("div", { className: "form-check form-check-inline" }, [box, el("label", { for: id, className: "form-check-label", text: type.toUpperCase() })]));
        });
        if (messages) {
            fieldset.appendChild(el("div", { className: "invalid-feedback d-block", text: messages.join(" ") }));
        }
        return fieldset;
    }

    var VISIBILITY = [
        { value: "", label: "Sempre" },
        { value: "Show", label: "Mostra solo se…" },
        { value: "Hide", label: "Nascondi se…" }
    ];
    var MATCH = [
        { value: "All", label: "tutte le regole sono vere" },
        { value: "Any", label: "almeno una regola è vera" }
    ];

    function renderCondition(owner, what) {
        var id = uid(owner);
        var available = earlierFields(owner);
        var condition = owner.condition;
        var fieldset = el("fieldset", { className: "fb-condition", id: id + "-condition" }, [el("legend", { className: "h6", text: "Quando mostrare " + what })]);
        var state = { visibility: condition ? condition.action || "Show" : "" };
        var conditionErrors = condition ? messagesFor(condition, "") || messagesFor(condition, "rules") : null;
        fieldset.appendChild(selectControl(state, "visibility", "Visibilità", VISIBILITY, {
            id: id + "-visibility",
            disabled: !condition && available.length === 0,
            help: !condition && available.length === 0 ? "Una condizione può guardare solo le risposte a domande che vengono prima: qui non ce ne sono." : null,
            onChange: function (value) {
                if (!value) {
                    owner.condition = null;
                } else if (owner.condition) {
                    owner.condition.action = value;
                } else {
                    owner.condition = { action: value, match: "All", rules: [newRule(available)] };
                }
                render({ id: id + "-visibility" });
                announce(value ? "Condizione aggiunta: scegli la domanda e il valore." : "Condizione rimossa: visibile sempre.");
            }
        }));
        if (!condition) {
            return fieldset;
        }
        condition.rules = condition.rules || [];
        if (conditionErrors) {
            fieldset.appendChild(el("div", { className: "invalid-feedback d-block", text: conditionErrors.join(" ") }));
        }
        condition.match = condition.match || "All";
        fieldset.appendChild(selectControl(condition, "match", "Quando", MATCH));
        var ol = el("ol", { className: "fb-rules" });
        condition.rules.forEach(function (rule, i) {
            ol.appendChild(renderRule(condition, rule, i, available));
        });
        fieldset.appendChild(ol);
        fieldset.appendChild(button("Aggiungi una regola", null, { id: uid(condition) + "-add-rule", disabled: available.length === 0 }, function () {
            var rule = newRule(available);
            condition.rules.push(rule);
            render({ id: uid(rule) + "-field" });
        }));
        return fieldset;
    }

    function newRule(available) {
        var target = available.length ? available[available.length - 1] : null;
        return { field: target ? target.key : "", operator: "Equals", value: target && target.options.length && CHOICES[target.type] ? target.options[0].value : "" };
    }

    function renderRule(condition, rule, i, available) {
        var id = uid(rule);
        var target = fieldByKey(rule.field);
        var choices = available.map(function (f) { return { value: f.key, label: fieldName(f) }; });
        var warning = null;
        if (rule.field && available.indexOf(target) < 0) {
            choices.unshift({ value: rule.field, label: (target ? fieldName(target) : rule.field) + " (non valida)" });
            warning = target
                ? "Questa domanda ora viene dopo (o non può essere usata in una condizione): sposta le domande o scegline un'altra."
                : "La domanda «" + rule.field + "» non esiste più: scegline un'altra.";
        }
        var operators = options.operators.filter(function (o) {
            return o.value !== "GreaterThan" || !target || target.type === "Number" || target.type === "Date" || target.type === "Scale";
        });
        var parts = [
            el("legend", { className: "visually-hidden", text: "Regola " + (i + 1) }),
            selectControl(rule, "field", "Regola " + (i + 1) + ": la risposta a", choices, {
                className: "fb-rule-part fb-rule-field",
                onChange: function (value) {
                    rule.field = value;
                    var next = fieldByKey(value);
                    rule.value = next && CHOICES[next.type] && next.options.length ? next.options[0].value : "";
                    render({ id: id + "-field" });
                }
            }),
            warning ? el("div", { className: "fb-warning small", text: warning }) : null,
            selectControl(rule, "operator", "è", operators, {
                className: "fb-rule-part",
                onChange: function (value) {
                    rule.operator = value;
                    if (value === "IsEmpty") {
                        rule.value = null;
                    }
                    render({ id: id + "-operator" });
                }
            })
        ];
        if (rule.operator !== "IsEmpty") {
            if (target && (CHOICES[target.type] || target.type === "Scale")) {
                var values = target.type === "Scale"
                    ? Array.apply(null, Array(target.scaleMax)).map(function (_, n) { return { value: String(n + 1), label: String(n + 1) }; })
                    : target.options.map(function (o) { return { value: o.value, label: o.label || o.value }; });
                if (rule.value && !values.some(function (v) { return v.value === rule.value; })) {
                    values.unshift({ value: rule.value, label: rule.value + " (non è più tra le scelte)" });
                }
                if (!rule.value && values.length) {
                    rule.value = values[0].value;
                }
                parts.push(selectControl(rule, "value", "valore", values, { className: "fb-rule-part" }));
            } else {
                parts.push(textControl(rule, "value", "valore", {
                    className: "fb-rule-part", maxlength: 300,
                    type: target && target.type === "Date" ? "date" : "text",
                    inputmode: target && (target.type === "Number" || target.type === "Scale") ? "decimal" : null
                }));
            }
        }
        parts.push(button("Rimuovi la regola", (i + 1).toString(), { id: id + "-remove", className: "btn btn-sm btn-outline-danger" }, function () {
            condition.rules.splice(i, 1);
            announce("Regola rimossa.");
            render({ id: uid(condition) + "-add-rule" });
        }));
        return el("li", { className: "fb-rule" }, [el("fieldset", {}, parts)]);
    }

    // ---- Changes -------------------------------------------------------------------------------------------------

    function prepareType(field) {
        var type = field.type;
        if (CHOICES[type] && field.options.length === 0) {
            [0, 1].forEach(function () {
                var option = { value: "", label: "" };
                meta(option).valueAuto = true;
                field.options.push(option);
            });
        }
        if (type === "Matrix" && field.rows.length === 0) {
            var row = { value: "", label: "" };
            meta(row).valueAuto = true;
            field.rows.push(row);
        }
        if (type === "File") {
            if (field.fileTypes.length === 0) {
                field.fileTypes = ["pdf"];
            }
            field.maxFileMb = field.maxFileMb || 5;
        }
        if (type === "Consent") {
            field.required = true;
            field.label = field.label || options.consentLabel;
        }
        if (type === "Text" || type === "Hidden") {
            field.required = false;
        }
    }

    function addField(group, type) {
        var field = completeField({ type: type, label: "" });
        field.key = uniqueKey("", "domanda", field);
        var m = meta(field);
        m.isNew = true;
        m.keyAuto = true;
        m.expanded = true;
        prepareType(field);
        group.fields.push(field);
        announce("Domanda «" + typeLabels[type] + "» aggiunta in fondo al gruppo.");
        render({ id: m.uid + "-label" });
    }

    function removeField(field) {
        var where = locate(field);
        var next = where.group.fields[where.f + 1] || where.group.fields[where.f - 1];
        where.group.fields.splice(where.f, 1);
        announce("Domanda «" + fieldName(field) + "» eliminata.");
        render({ id: next ? uid(next) + "-handle" : uid(where.group) + "-add-field" });
    }

    function moveItem(list, index, delta) {
        var item = list.splice(index, 1)[0];
        list.splice(index + delta, 0, item);
    }

    // Up and down go through the whole form: past the first or last place of a group, a field joins the next group.
    function moveField(field, delta, focusOn) {
        var where = locate(field);
        var groups = allGroups();
        var g = groups.findIndex(function (x) { return x.group === where.group; });
        var target;
        var index;
        if (delta < 0 && where.f > 0) {
            target = where.group;
            index = where.f - 1;
        } else if (delta > 0 && where.f < where.group.fields.length - 1) {
            target = where.group;
            index = where.f + 2;
        } else if (delta < 0 && g > 0) {
            target = groups[g - 1].group;
            index = target.fields.length;
        } else if (delta > 0 && g < groups.length - 1) {
            target = groups[g + 1].group;
            index = 0;
        } else {
            announce("La domanda è già " + (delta < 0 ? "la prima" : "l'ultima") + " del modulo.");
            return;
        }
        moveFieldTo(field, target, index, focusOn);
    }

    function moveFieldTo(field, group, index, focusOn) {
        var where = locate(field);
        if (where.group === group && where.f < index) {
            index -= 1;
        }
        where.group.fields.splice(where.f, 1);
        group.fields.splice(Math.max(0, Math.min(index, group.fields.length)), 0, field);
        var now = locate(field);
        var onPage = allFields().filter(function (x) { return x.page === now.page; });
        var position = onPage.findIndex(function (x) { return x.field === field; }) + 1;
        var id = uid(field);
        render({ id: id + "-" + focusOn, fallback: id + "-handle" });
        announce("Domanda «" + fieldName(field) + "» spostata in posizione " + position + " di " + onPage.length + " nella pagina " + (now.p + 1) + ".");
    }

    function addPage() {
        var page = { key: uniqueKey("pagina-" + (definition.pages.length + 1), "pagina", null), title: null, groups: [] };
        page.groups.push({ key: uniqueKey("gruppo-1", "gruppo", null), title: null, fields: [] });
        definition.pages.push(page);
        announce("Pagina " + definition.pages.length + " aggiunta.");
        render({ id: uid(page) + "-title" });
    }

    function removePage(page) {
        var p = definition.pages.indexOf(page);
        var fields = page.groups.reduce(function (n, g) { return n + g.fields.length; }, 0);
        if (fields > 0 && !window.confirm("Eliminare la pagina " + (p + 1) + " con le sue " + fields + " domande?")) {
            return;
        }
        definition.pages.splice(p, 1);
        announce("Pagina " + (p + 1) + " eliminata.");
        var next = definition.pages[p] || definition.pages[p - 1];
        render({ id: uid(next) + "-heading", fallback: "fb-add-page" });
        var heading = document.getElementById(uid(next) + "-heading");
        if (heading) {
            heading.setAttribute("tabindex", "-1");
            heading.focus();
        }
    }

    function movePage(page, delta, focusOn) {
        var p = definition.pages.indexOf(page);
        moveItem(definition.pages, p, delta);
        render({ id: uid(page) + "-" + focusOn, fallback: uid(page) + (focusOn === "up" ? "-down" : "-up") });
        announce("Pagina spostata in posizione " + (p + delta + 1) + " di " + definition.pages.length + ".");
    }

    function addGroup(page) {
        var group = { key: uniqueKey("gruppo-" + (allGroups().length + 1), "gruppo", null), title: null, fields: [] };
        meta(group).expanded = true;
        page.groups.push(group);
        announce("Gruppo aggiunto alla pagina " + (definition.pages.indexOf(page) + 1) + ".");
        render({ id: uid(group) + "-title" });
    }

    function removeGroup(page, group) {
        var g = page.groups.indexOf(group);
        if (group.fields.length > 0 && !window.confirm("Eliminare il gruppo con le sue " + group.fields.length + " domande?")) {
            return;
        }
        page.groups.splice(g, 1);
        announce("Gruppo eliminato.");
        var next = page.groups[g] || page.groups[g - 1];
        render({ id: uid(next) + "-toggle", fallback: uid(page) + "-add-group" });
    }

    function moveGroup(group, delta, focusOn) {
        var where = locateGroup(group);
        var page = where.page;
        if ((delta < 0 && where.g > 0) || (delta > 0 && where.g < page.groups.length - 1)) {
            moveItem(page.groups, where.g, delta);
        } else {
            var other = definition.pages[where.p + delta];
            if (!other) {
                return;
            }
            page.groups.splice(where.g, 1);
            if (delta < 0) {
                other.groups.push(group);
            } else {
                other.groups.unshift(group);
            }
            if (page.groups.length === 0) {
                page.groups.push({ key: uniqueKey("gruppo", "gruppo", null), title: null, fields: [] });
            }
        }
        var now = locateGroup(group);
        render({ id: uid(group) + "-" + focusOn, fallback: uid(group) + "-toggle" });
        announce("Gruppo spostato in posizione " + (now.g + 1) + " nella pagina " + (now.p + 1) + ".");
    }

    // Conditions follow a field whose code changes.
    function renameReferences(oldKey, newKey) {
        if (!oldKey || oldKey === newKey) {
            return;
        }
        function fix(condition) {
            (condition && condition.rules || []).forEach(function (rule) {
                if (rule.field === oldKey) {
                    rule.field = newKey;
                }
            });
        }
        definition.pages.forEach(function (page) {
            fix(page.condition);
            page.groups.forEach(function (group) {
                fix(group.condition);
                group.fields.forEach(function (field) { fix(field.condition); });
            });
        });
        save();
    }

    // ---- Drag and drop -------------------------------------------------------------------------------------------

    function clearDropMarks() {
        Array.prototype.forEach.call(root.querySelectorAll(".fb-drop-before, .fb-drop-after, .fb-drop-into"), function (node) {
            node.classList.remove("fb-drop-before", "fb-drop-after", "fb-drop-into");
        });
    }

    function dropTarget(event) {
        var node = event.target.nodeType === 1 ? event.target : event.target.parentElement;
        var item = node && node.closest(".fb-field");
        if (item && root.contains(item)) {
            var field = byUid[item.getAttribute("data-uid")];
            var where = locate(field);
            var box = item.getBoundingClientRect();
            var after = event.clientY > box.top + box.height / 2;
            return { group: where.group, index: where.f + (after ? 1 : 0), node: item, mark: after ? "fb-drop-after" : "fb-drop-before" };
        }
        var list = node && node.closest("[data-drop-group]");
        if (list) {
            var group = byUid[list.getAttribute("data-drop-group")];
            return { group: group, index: group.fields.length, node: list, mark: "fb-drop-into" };
        }
        return null;
    }

    // Only the handle starts a drag, so that text can still be selected in the question's inputs.
    root.addEventListener("dragstart", function (event) {
        var handle = event.target.nodeType === 1 && event.target.hasAttribute("data-handle") ? event.target : null;
        var item = handle && handle.closest(".fb-field");
        if (!item) {
            return;
        }
        dragging = byUid[item.getAttribute("data-uid")];
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", fieldName(dragging));
        if (event.dataTransfer.setDragImage) {
            event.dataTransfer.setDragImage(item, 16, 16);
        }
        item.classList.add("fb-dragging");
    });

    root.addEventListener("dragover", function (event) {
        if (!dragging) {
            return;
        }
        var target = dropTarget(event);
        if (!target) {
            return;
        }
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        clearDropMarks();
        target.node.classList.add(target.mark);
    });

    root.addEventListener("drop", function (event) {
        if (!dragging) {
            return;
        }
        event.preventDefault();
        var target = dropTarget(event);
        var field = dragging;
        dragging = null;
        clearDropMarks();
        if (target) {
            moveFieldTo(field, target.group, target.index, "handle");
        }
    });

    root.addEventListener("dragend", function () {
        dragging = null;
        clearDropMarks();
        Array.prototype.forEach.call(root.querySelectorAll(".fb-dragging"), function (node) {
            node.classList.remove("fb-dragging");
        });
    });

    // ---- Error summary links -------------------------------------------------------------------------------------

    Array.prototype.forEach.call(document.querySelectorAll("[data-error-path]"), function (link) {
        var path = link.getAttribute("data-error-path");
        if (!path) {
            return;
        }
        link.addEventListener("click", function (event) {
            var target = pathTargets[path];
            if (!target || target.obj === definition) {
                return;
            }
            event.preventDefault();
            openAround(target.obj);
            render();
            var prop = target.prop.split(".")[0];
            var candidates = [uid(target.obj) + "-" + prop, uid(target.obj) + "-" + prop + "-set", uid(target.obj) + "-condition", uid(target.obj) + "-label", uid(target.obj) + "-handle", uid(target.obj) + "-title"];
            for (var i = 0; i < candidates.length; i++) {
                var node = document.getElementById(candidates[i]);
                if (node) {
                    if (node.tagName === "FIELDSET") {
                        node = node.querySelector("input, select, textarea, button") || node;
                    }
                    node.focus();
                    return;
                }
            }
        });
    });

    // ---- Start ---------------------------------------------------------------------------------------------------

    function hideNoScriptNote() {
        Array.prototype.forEach.call(document.querySelectorAll("[data-builder-needs-script]"), function (note) { note.hidden = true; });
    }

    if (settingsRoot) {
        readSettings();
        settingsRoot.addEventListener("input", function () { readSettings(); save(); });
        settingsRoot.addEventListener("change", function () { readSettings(); save(); });
    }
    editorForm.addEventListener("submit", function () {
        if (settingsRoot) {
            readSettings();
        }
        save();
    });

    hideNoScriptNote();
    root.hidden = false;
    render();
}());
