// Backoffice map picker of a service card's venues: click or drag to set latitude, longitude and zoom; typing them
// moves the marker; "Parti dal centro del comune" starts from the chosen municipality; "Trova dall'indirizzo" asks
// the server's geocoder when one is configured. The three fields stay the value that is saved.
(function () {
    "use strict";

    var script = document.currentScript;
    if (!window.L || !window.scMaps || !script) {
        return;
    }

    var settings = JSON.parse(script.getAttribute("data-picker-settings"));
    var area = L.latLngBounds([settings.area[1], settings.area[0]], [settings.area[3], settings.area[2]]);
    var district = L.latLngBounds(settings.district);

    function round(value) { return Math.round(value * 1000000) / 1000000; }

    function number(input) {
        var value = parseFloat((input.value || "").replace(",", "."));
        return isFinite(value) ? value : null;
    }

    document.querySelectorAll("[data-map-picker]").forEach(function (picker) {
        var venue = picker.closest("[data-venue]");
        var lat = venue.querySelector("input[name$='.Latitude']");
        var lng = venue.querySelector("input[name$='.Longitude']");
        var zoom = venue.querySelector("input[name$='.Zoom']");
        var address = venue.querySelector("input[name$='.Address']");
        var municipality = venue.querySelector("select[name$='.Municipality']");
        var status = picker.querySelector("[data-picker-status]");
        var element = picker.querySelector("[data-map-picker-map]");
        picker.hidden = false;

        var map = scMaps.create(element, settings, { maxBounds: area.pad(0.2) });

        var marker = null;
        function place(latitude, longitude, announce) {
            var point = L.latLng(latitude, longitude);
            if (!marker) {
                marker = L.marker(point, { draggable: true, keyboard: true, title: "Posizione della sede", alt: "Posizione della sede" }).addTo(map);
                marker.on("dragend", function () {
                    var moved = marker.getLatLng();
                    write(moved.lat, moved.lng);
                });
            } else {
                marker.setLatLng(point);
            }

            if (announce) {
                status.textContent = area.contains(point)
                    ? "Posizione impostata: latitudine " + round(latitude) + ", longitudine " + round(longitude) + "."
                    : "Attenzione: la posizione è fuori dall'area della mappa e non potrà essere salvata.";
            }
        }

        function write(latitude, longitude) {
            lat.value = String(round(latitude));
            lng.value = String(round(longitude));
            zoom.value = String(map.getZoom());
            place(latitude, longitude, true);
        }

        var startLat = number(lat);
        var startLng = number(lng);
        if (startLat !== null && startLng !== null) {
            map.setView([startLat, startLng], number(zoom) || 16);
            place(startLat, startLng, false);
        } else {
            map.fitBounds(district.pad(0.1));
        }

        map.on("click", function (event) { write(event.latlng.lat, event.latlng.lng); });
        map.on("zoomend", function () {
            if (marker) {
                zoom.value = String(map.getZoom());
            }
        });

        [lat, lng].forEach(function (input) {
            input.addEventListener("change", function () {
                var a = number(lat);
                var b = number(lng);
                // Typed values need no announcement (and the page must not shift under the pointer as the field blurs).
                if (a !== null && b !== null && a >= -90 && a <= 90 && b >= -180 && b <= 180) {
                    place(a, b, false);
                    map.panTo([a, b]);
                }
            });
        });

        picker.querySelector("[data-picker-centroid]").addEventListener("click", function () {
            var option = municipality && municipality.selectedOptions[0];
            var a = option && parseFloat(option.getAttribute("data-lat"));
            var b = option && parseFloat(option.getAttribute("data-lng"));
            if (!isFinite(a) || !isFinite(b)) {
                status.textContent = "Scegli prima il comune della sede.";
                return;
            }

            map.setView([a, b], 15);
            write(a, b);
        });

        var geocode = picker.querySelector("[data-picker-geocode]");
        if (geocode && settings.geocode) {
            geocode.addEventListener("click", function () {
                var text = [address ? address.value : "", municipality && municipality.value ? municipality.selectedOptions[0].textContent : ""]
                    .filter(function (part) { return part && part.trim() !== ""; }).join(", ");
                if (!text) {
                    status.textContent = "Scrivi prima l'indirizzo della sede.";
                    return;
                }

                status.textContent = "Ricerca dell'indirizzo…";
                fetch(settings.geocode + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" }, credentials: "same-origin" })
                    .then(function (response) {
                        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
                    })
                    .then(function (result) {
                        if (!result.ok) {
                            status.textContent = result.body.detail || "Indirizzo non trovato.";
                            return;
                        }

                        map.setView([result.body.lat, result.body.lng], 17);
                        write(result.body.lat, result.body.lng);
                    })
                    .catch(function () {
                        status.textContent = "La ricerca dell'indirizzo non ha risposto: indica la posizione sulla mappa.";
                    });
            });
        }
    });
}());
