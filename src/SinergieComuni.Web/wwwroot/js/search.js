// /servizi: suggestions as you type (WAI-ARIA 1.2 combobox) and filters that update the results in place.
// Without this file the page is a plain GET form with links; with it, the same addresses are fetched as HTML and the
// regions marked data-search-region are swapped, so the server stays the only place that renders results.
(function () {
    "use strict";

    var form = document.querySelector("[data-search-form]");
    if (!form || !window.fetch || !window.DOMParser || !window.history.pushState) {
        return;
    }

    var path = new URL(form.action, window.location.href).pathname;
    var status = document.getElementById("search-status");
    var resultsTitle = document.getElementById("results-title");
    var input = document.getElementById("search-q");

    // ---- Results updated in place -------------------------------------------------------------------------------

    var shownUrl = window.location.pathname + window.location.search;
    var pendingUrl = null;
    var controller = null;
    var ageTimer = 0;

    function formUrl() {
        var params = new URLSearchParams();
        var sort = document.getElementById("search-sort");
        new FormData(form).forEach(function (value, key) {
            if (typeof value !== "string" || value.trim() === "") {
                return;
            }

            // The sort the server would choose anyway stays out of the address.
            if (key === "sort" && sort && value === sort.getAttribute("data-default-sort")) {
                return;
            }

            params.append(key, value.trim());
        });
        var query = params.toString();
        return path + (query ? "?" + query : "");
    }

    function load(url, push, focusResults) {
        if (url === pendingUrl || (pendingUrl === null && url === shownUrl && push)) {
            return;
        }

        if (controller) {
            controller.abort();
        }

        var own = new AbortController();
        controller = own;
        pendingUrl = url;
        form.setAttribute("aria-busy", "true");
        fetch(url, { headers: { Accept: "text/html" }, credentials: "same-origin", signal: own.signal })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }

                return response.text();
            })
            .then(function (html) {
                var page = new DOMParser().parseFromString(html, "text/html");
                if (!page.getElementById("search-results")) {
                    throw new Error("Not a search page");
                }

                show(page, focusResults);
                if (push) {
                    window.history.pushState({ search: true }, "", url);
                }

                shownUrl = url;
                // The map (map.js) follows the same search.
                document.dispatchEvent(new CustomEvent("sc:search-shown", { detail: { url: url } }));
            })
            .catch(function (error) {
                if (error.name === "AbortError") {
                    return;
                }

                // Whatever went wrong, the address works as an ordinary page.
                if (push) {
                    window.location.assign(url);
                } else {
                    window.location.reload();
                }
            })
            .finally(function () {
                if (controller === own) {
                    controller = null;
                    pendingUrl = null;
                    form.removeAttribute("aria-busy");
                }
            });
    }

    function show(page, focusResults) {
        var active = document.activeElement;
        var focusId = active && active.id && active !== document.body ? active.id : null;
        var typed = active && (active.type === "number" || active.type === "text") ? active.value : null;
        var focusWasInRegion = false;

        document.querySelectorAll("[data-search-region]").forEach(function (region) {
            var replacement = page.getElementById(region.id);
            if (!replacement) {
                return;
            }

            if (region.contains(active)) {
                focusWasInRegion = true;
            }

            region.replaceWith(document.importNode(replacement, true));
        });

        var breadcrumb = document.querySelector(".breadcrumb-container");
        var newBreadcrumb = page.querySelector(".breadcrumb-container");
        if (breadcrumb && newBreadcrumb) {
            breadcrumb.replaceWith(document.importNode(newBreadcrumb, true));
        }

        document.title = page.title;
        announce(page.getElementById("search-status"));

        if (focusResults) {
            resultsTitle.focus();
            resultsTitle.scrollIntoView({ block: "start" });
        } else if (focusWasInRegion) {
            // The control the person was on is a new element now: give the focus back to its twin.
            var twin = focusId ? document.getElementById(focusId) : null;
            if (twin) {
                if (typed !== null && twin.value !== typed) {
                    twin.value = typed;
                }

                twin.focus({ preventScroll: true });
            } else {
                resultsTitle.focus({ preventScroll: true });
            }
        }

        enhanceFilters();
    }

    function announce(source) {
        if (!source) {
            return;
        }

        var text = source.textContent.trim();
        status.setAttribute("data-result-count", source.getAttribute("data-result-count") || "");
        if (status.textContent.trim() === text) {
            // Same words: empty the region first, or screen readers would not hear it again.
            status.textContent = "";
            window.setTimeout(function () { status.textContent = text; }, 100);
        } else {
            status.textContent = text;
        }
    }

    function enhanceFilters() {
        var hint = document.querySelector("[data-search-auto-hint]");
        if (hint) {
            hint.hidden = false;
        }
    }

    form.addEventListener("change", function (event) {
        var target = event.target;
        if (target.type === "checkbox" || target.id === "search-sort" || target.id === "f-eta") {
            window.clearTimeout(ageTimer);
            load(formUrl(), true, false);
        }
    });

    form.addEventListener("input", function (event) {
        if (event.target.id !== "f-eta") {
            return;
        }

        // An age is applied once the person stops typing, and only when it can be read.
        window.clearTimeout(ageTimer);
        var value = event.target.value.trim();
        if (value === "" || /^\d{1,3}(-\d{1,3})?$/.test(value)) {
            ageTimer = window.setTimeout(function () { load(formUrl(), true, false); }, 600);
        }
    });

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        window.clearTimeout(ageTimer);
        suggestions.close();
        load(formUrl(), true, false);
    });

    form.addEventListener("click", function (event) {
        var link = event.target.closest("[data-search-links] a[href]");
        if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
            return;
        }

        var url = new URL(link.href, window.location.href);
        if (url.origin !== window.location.origin || url.pathname !== path) {
            return;
        }

        event.preventDefault();
        load(url.pathname + url.search, true, true);
    });

    window.addEventListener("popstate", function () {
        var url = window.location.pathname + window.location.search;
        if (window.location.pathname !== path || url === shownUrl) {
            return;
        }

        if (input) {
            // The words of that search, which no swapped region carries.
            var query = new URLSearchParams(window.location.search).get("q");
            input.value = query || "";
        }

        suggestions.close();
        load(url, false, false);
    });

    window.history.replaceState({ search: true }, "", shownUrl + window.location.hash);
    enhanceFilters();

    // ---- Suggestions: an editable combobox with a list popup (WAI-ARIA 1.2) -------------------------------------

    var suggestions = (function () {
        var none = { close: function () { } };
        if (!input) {
            return none;
        }

        var listbox = document.createElement("ul");
        listbox.id = "search-suggestions";
        listbox.className = "sc-suggestions list-unstyled";
        listbox.setAttribute("role", "listbox");
        listbox.setAttribute("aria-label", "Suggerimenti di ricerca");
        listbox.hidden = true;
        input.parentNode.appendChild(listbox);

        var count = document.createElement("div");
        count.id = "search-suggestions-status";
        count.className = "visually-hidden";
        count.setAttribute("role", "status");
        count.setAttribute("aria-live", "polite");
        input.parentNode.appendChild(count);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listbox.id);

        var items = [];
        var activeIndex = -1;
        var timer = 0;
        var request = null;
        var lastQuery = "";

        function options() {
            return listbox.querySelectorAll("[role=option]");
        }

        function open() {
            if (items.length === 0) {
                return;
            }

            listbox.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function close() {
            listbox.hidden = true;
            input.setAttribute("aria-expanded", "false");
            activate(-1);
        }

        function activate(index) {
            var all = options();
            activeIndex = index;
            for (var i = 0; i < all.length; i++) {
                all[i].setAttribute("aria-selected", i === index ? "true" : "false");
            }

            if (index >= 0 && all[index]) {
                input.setAttribute("aria-activedescendant", all[index].id);
                all[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function pick(index) {
            var item = items[index];
            if (item) {
                close();
                window.location.assign(item.url);
            }
        }

        function render(list) {
            items = list;
            listbox.textContent = "";
            list.forEach(function (item, index) {
                var option = document.createElement("li");
                option.id = "search-suggestion-" + index;
                option.className = "sc-suggestion";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.setAttribute("data-url", item.url);
                var text = document.createElement("span");
                text.className = "sc-suggestion-text";
                text.textContent = item.text;
                var kind = document.createElement("span");
                kind.className = "sc-suggestion-kind";
                var separator = document.createElement("span");
                separator.className = "visually-hidden";
                separator.textContent = ", ";
                kind.appendChild(separator);
                kind.appendChild(document.createTextNode(item.kind === "categoria" ? "Categoria" : "Servizio"));
                option.appendChild(text);
                option.appendChild(kind);
                listbox.appendChild(option);
            });
            activeIndex = -1;
            input.removeAttribute("aria-activedescendant");
            if (list.length === 0) {
                close();
                count.textContent = "";
            } else {
                open();
                count.textContent = list.length === 1
                    ? "1 suggerimento: usa le frecce per sceglierlo."
                    : list.length + " suggerimenti: usa le frecce per sceglierne uno.";
            }
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query === lastQuery && items.length > 0) {
                open();
                return;
            }

            lastQuery = query;
            if (request) {
                request.abort();
                request = null;
            }

            if (query.length < 2) {
                render([]);
                return;
            }

            var own = new AbortController();
            request = own;
            fetch("/api/search/suggest?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" }, credentials: "same-origin", signal: own.signal })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (body) {
                    // An answer to anything but what the box says now is of no use.
                    if (request === own && input.value.trim() === query && document.activeElement === input) {
                        render(body.suggestions || []);
                    }
                })
                .catch(function () { })
                .finally(function () {
                    if (request === own) {
                        request = null;
                    }
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, 150);
        });

        input.addEventListener("keydown", function (event) {
            var expanded = !listbox.hidden;
            switch (event.key) {
                case "ArrowDown":
                    if (items.length === 0) {
                        return;
                    }

                    event.preventDefault();
                    if (!expanded) {
                        open();
                        activate(0);
                    } else {
                        activate(activeIndex + 1 >= items.length ? 0 : activeIndex + 1);
                    }

                    break;
                case "ArrowUp":
                    if (items.length === 0) {
                        return;
                    }

                    event.preventDefault();
                    if (!expanded) {
                        open();
                        activate(items.length - 1);
                    } else {
                        activate(activeIndex <= 0 ? items.length - 1 : activeIndex - 1);
                    }

                    break;
                case "Enter":
                    if (expanded && activeIndex >= 0) {
                        event.preventDefault();
                        pick(activeIndex);
                    }

                    break;
                case "Escape":
                    if (expanded) {
                        event.preventDefault();
                        close();
                    } else if (input.value !== "") {
                        event.preventDefault();
                        input.value = "";
                        render([]);
                        lastQuery = "";
                    }

                    break;
                case "Tab":
                    close();
                    break;
                default:
                    break;
            }
        });

        input.addEventListener("blur", function () {
            window.clearTimeout(timer);
            close();
        });

        // Keep the focus in the box while the mouse picks, so the list is not closed by the blur first.
        listbox.addEventListener("mousedown", function (event) {
            event.preventDefault();
        });

        listbox.addEventListener("click", function (event) {
            var option = event.target.closest("[role=option]");
            if (option) {
                pick(Array.prototype.indexOf.call(options(), option));
            }
        });

        return { close: close };
    })();
})();
