// /mappa: the venues of the current search on a Leaflet map, clustered, coloured by category. The list beside it is
// the server's (search.js swaps it); this file follows each search shown ("sc:search-shown") and asks the GeoJSON of
// the same filters. "Cerca in questa zona" puts the visible area in the form (bbox); "Vicino a me" the position.
(function () {
    "use strict";

    var element = document.getElementById("map");
    var form = document.querySelector("[data-search-form]");
    if (!element || !form || !window.L || !window.scMaps || !window.fetch) {
        return;
    }

    var settings = JSON.parse(element.getAttribute("data-map-settings"));
    var tilesMessage = document.querySelector("[data-map-tiles-message]");
    var areaBox = document.querySelector("[data-map-area]");
    var areaToggle = document.getElementById("map-area");
    var bboxInput = document.getElementById("map-bbox");

    // The background's failure (offline, blocked) leaves markers, list and filters working, with a discreet note.
    var map = scMaps.create(element, settings, { keyboard: true }, function () { tilesMessage.hidden = false; });

    // The district: its municipalities labelled, the map framed on them.
    var district = L.latLngBounds(settings.municipalities.map(function (m) { return [m.lat, m.lng]; }));
    settings.municipalities.forEach(function (m) {
        L.marker([m.lat, m.lng], {
            interactive: false,
            keyboard: false,
            icon: L.divIcon({ className: "sc-map-place", html: "<span>" + escapeHtml(m.name) + "</span>", iconSize: null }),
        }).addTo(map);
    });

    if (settings.bbox) {
        map.fitBounds([[settings.bbox[1], settings.bbox[0]], [settings.bbox[3], settings.bbox[2]]]);
    } else {
        map.fitBounds(district.pad(0.15));
    }

    var pointLayer = L.layerGroup().addTo(map);
    var clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50, chunkedLoading: true, iconCreateFunction: clusterIcon });
    map.addLayer(clusters);

    // markercluster's own icon, with words for screen readers: its name would be the bare number. Enter zooms in.
    function clusterIcon(cluster) {
        var count = cluster.getChildCount();
        return L.divIcon({
            html: "<div><span>" + count + "<span class=\"visually-hidden\"> sedi vicine: ingrandisci la mappa per vederle</span></span></div>",
            className: "marker-cluster marker-cluster-" + (count < 10 ? "small" : count < 100 ? "medium" : "large"),
            iconSize: L.point(40, 40),
        });
    }

    function escapeHtml(text) {
        var div = document.createElement("div");
        div.textContent = text;
        return div.innerHTML;
    }

    function popup(properties) {
        var box = document.createElement("div");
        var title = document.createElement("a");
        title.href = properties.url;
        title.className = "fw-semibold";
        title.textContent = properties.title;
        box.appendChild(title);
        [properties.category, properties.municipality, properties.openNow ? "Aperto ora" : "Chiuso in questo momento",
            typeof properties.distanceKm === "number" ? "a " + properties.distanceKm.toLocaleString("it-IT", { maximumFractionDigits: 1 }) + " km" : null]
            .forEach(function (text) {
                if (text) {
                    var line = document.createElement("div");
                    line.textContent = text;
                    box.appendChild(line);
                }
            });
        return box;
    }

    function marker(feature) {
        var p = feature.properties;
        var colour = settings.colours[p.categoryKey] || "#455a64";
        var label = p.title + " – " + p.municipality + (p.openNow ? ", aperto ora" : "");
        var m = scMaps.venueMarker([feature.geometry.coordinates[1], feature.geometry.coordinates[0]], colour, label);
        m.bindPopup(function () { return popup(p); });
        return m;
    }

    // The point of "Vicino a" in the address of the search shown, as the page reads it: a municipality (vicinoA)
    // wins over the visitor's position (lat, lng). The #map element is never swapped, so its settings would be stale.
    function pointOf(params) {
        var key = (params.get("vicinoA") || "").trim();
        var lat = parseFloat(params.get("lat"));
        var lng = parseFloat(params.get("lng"));
        if (key) {
            var place = settings.municipalities.filter(function (m) { return m.key === key; })[0];
            if (!place) {
                return null;
            }

            lat = place.lat;
            lng = place.lng;
        }

        if (!isFinite(lat) || !isFinite(lng)) {
            return null;
        }

        var radius = parseFloat(params.get("raggioKm"));
        return { lat: lat, lng: lng, radiusKm: isFinite(radius) && radius > 0 ? radius : null };
    }

    // The GeoJSON of the search shown, without its page, its sort or the area (every venue stays on the map). The API
    // knows no vicinoA: it gets the point itself, and no radius without a point (it would refuse the request).
    var controller = null;
    function loadMarkers(point) {
        var params = new URLSearchParams(window.location.search);
        ["page", "sort", "bbox", "vicinoA", "lat", "lng", "raggioKm"].forEach(function (name) { params.delete(name); });
        if (point) {
            params.set("lat", String(point.lat));
            params.set("lng", String(point.lng));
            if (point.radiusKm) {
                params.set("raggioKm", String(point.radiusKm));
            }
        }

        if (controller) {
            controller.abort();
        }

        controller = new AbortController();
        element.setAttribute("aria-busy", "true");
        return fetch(settings.geoJson + "?" + params.toString(), { headers: { Accept: "application/geo+json" }, credentials: "same-origin", signal: controller.signal })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("HTTP " + response.status);
                }

                return response.json();
            })
            .then(function (collection) {
                clusters.clearLayers();
                clusters.addLayers(collection.features.map(marker));
                element.setAttribute("data-markers", String(collection.features.length));
                element.removeAttribute("aria-busy");
            })
            .catch(function (error) {
                if (error.name !== "AbortError") {
                    element.removeAttribute("aria-busy");
                    element.setAttribute("data-markers", "error");
                }
            });
    }

    function showPoint(point) {
        pointLayer.clearLayers();
        if (!point) {
            return;
        }

        L.circleMarker([point.lat, point.lng], { radius: 7, color: "#17324d", weight: 3, fillOpacity: 0.9, interactive: false }).addTo(pointLayer);
        if (point.radiusKm) {
            L.circle([point.lat, point.lng], { radius: point.radiusKm * 1000, color: "#17324d", weight: 1, fillOpacity: 0.05, interactive: false }).addTo(pointLayer);
        }
    }

    function follow() {
        var point = pointOf(new URLSearchParams(window.location.search));
        showPoint(point);
        loadMarkers(point);
    }

    follow();
    document.addEventListener("sc:search-shown", follow);

    // "Cerca in questa zona": the visible area goes into the form as bbox and the list follows the map.
    function round(value) { return Math.round(value * 100000) / 100000; }
    function area() {
        var b = map.getBounds();
        return [round(b.getWest()), round(b.getSouth()), round(b.getEast()), round(b.getNorth())].join(",");
    }

    function submit() {
        if (form.requestSubmit) {
            form.requestSubmit();
        } else {
            form.submit();
        }
    }

    var moveTimer = 0;
    areaBox.hidden = false;
    areaToggle.addEventListener("change", function () {
        bboxInput.value = areaToggle.checked ? area() : "";
        submit();
    });
    map.on("moveend", function () {
        if (!areaToggle.checked) {
            return;
        }

        window.clearTimeout(moveTimer);
        moveTimer = window.setTimeout(function () {
            var value = area();
            if (value !== bboxInput.value) {
                bboxInput.value = value;
                submit();
            }
        }, 400);
    });

    // "Vicino a me": the browser asks the visitor; the position goes into the form as lat and lng.
    form.addEventListener("click", function (event) {
        var button = event.target.closest("[data-map-locate]");
        if (!button) {
            return;
        }

        var message = document.querySelector("[data-map-locate-message]");
        if (!navigator.geolocation) {
            message.textContent = "Il browser non permette di conoscere la posizione.";
            return;
        }

        message.textContent = "Ricerca della posizione…";
        navigator.geolocation.getCurrentPosition(function (position) {
            var select = document.getElementById("map-vicinoA");
            if (select) {
                select.value = "";
            }

            ["lat", "lng"].forEach(function (name) {
                var input = form.querySelector("input[type=hidden][name=" + name + "]");
                if (!input) {
                    input = document.createElement("input");
                    input.type = "hidden";
                    input.name = name;
                    form.appendChild(input);
                }

                input.value = String(round(name === "lat" ? position.coords.latitude : position.coords.longitude));
            });
            message.textContent = "";
            submit();
        }, function () {
            message.textContent = "Non è stato possibile conoscere la tua posizione: scegli un comune in «Vicino a».";
        }, { timeout: 10000, maximumAge: 60000 });
    });

    // "Vicino a" and "Entro" apply at once, like the other filters (search.js shows the new search in place). Choosing
    // a municipality replaces the visitor's position; a radius waits for a point, or the page would only say it needs one.
    form.addEventListener("change", function (event) {
        var target = event.target;
        if (target.id === "map-vicinoA") {
            form.querySelectorAll("input[type=hidden][name=lat], input[type=hidden][name=lng]").forEach(function (input) { input.remove(); });
            submit();
        } else if (target.id === "map-raggioKm") {
            var near = document.getElementById("map-vicinoA");
            if ((near && near.value) || form.querySelector("input[type=hidden][name=lat]")) {
                submit();
            }
        }
    });

    function enhance() {
        document.querySelectorAll("[data-map-locate]").forEach(function (button) { button.hidden = false; });
    }

    enhance();
    document.addEventListener("sc:search-shown", enhance);
}());
