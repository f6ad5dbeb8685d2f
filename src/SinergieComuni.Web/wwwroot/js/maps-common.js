// What the site's Leaflet maps share (map.js, service-map.js, picker.js): a map with Italian zoom buttons and the
// configured background, whose failure calls back once; and the round venue marker, named for screen readers.
window.scMaps = (function () {
    "use strict";

    function create(element, settings, options, onNoTiles) {
        var map = L.map(element, Object.assign({ zoomControl: false, maxZoom: 19 }, options));
        L.control.zoom({ zoomInTitle: "Ingrandisci", zoomOutTitle: "Riduci" }).addTo(map);
        map.attributionControl.setPrefix(false);

        var failed = false;
        function noTiles() {
            if (!failed) {
                failed = true;
                element.classList.add("sc-map-no-tiles");
                if (onNoTiles) {
                    onNoTiles();
                }
            }
        }

        if (settings.tiles) {
            L.tileLayer(settings.tiles, { attribution: settings.attribution, maxZoom: 19 }).on("tileerror", noTiles).addTo(map);
        } else {
            noTiles();
        }

        return map;
    }

    function venueMarker(latLng, colour, label) {
        var marker = L.marker(latLng, {
            title: label,
            alt: label,
            keyboard: true,
            icon: L.divIcon({
                className: "sc-map-marker",
                html: "<span style=\"background-color:" + colour + "\"></span>",
                iconSize: [22, 22],
                iconAnchor: [11, 11],
                popupAnchor: [0, -10],
            }),
        });
        marker.on("add", function () {
            var icon = marker.getElement();
            if (icon) {
                icon.setAttribute("role", "button");
                icon.setAttribute("aria-label", label);
            }
        });
        return marker;
    }

    return { create: create, venueMarker: venueMarker };
}());
