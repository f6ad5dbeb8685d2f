// A service card's small map of its venues (the addresses and links beside it say the same without it).
(function () {
    "use strict";

    var element = document.querySelector("[data-service-map]");
    if (!element || !window.L) {
        return;
    }

    var settings = JSON.parse(element.getAttribute("data-service-map"));
    var message = element.parentElement.querySelector("[data-map-tiles-message]");
    element.hidden = false;

    var map = L.map(element, { zoomControl: false, scrollWheelZoom: false, maxZoom: 19 });
    L.control.zoom({ zoomInTitle: "Ingrandisci", zoomOutTitle: "Riduci" }).addTo(map);
    map.attributionControl.setPrefix(false);
    var failed = false;
    function noTiles() {
        if (!failed && message) {
            failed = true;
            message.hidden = false;
        }
    }

    if (settings.tiles) {
        L.tileLayer(settings.tiles, { attribution: settings.attribution, maxZoom: 19 }).on("tileerror", noTiles).addTo(map);
    } else {
        noTiles();
    }

    var points = settings.venues.map(function (venue) {
        var label = venue.name + ", " + venue.address;
        var marker = L.marker([venue.lat, venue.lng], {
            title: label,
            keyboard: true,
            icon: L.divIcon({ className: "sc-map-marker", html: "<span style=\"background-color:#0066cc\"></span>", iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -10] }),
        }).addTo(map);
        var box = document.createElement("div");
        var name = document.createElement("strong");
        name.textContent = venue.name;
        box.appendChild(name);
        box.appendChild(document.createElement("br"));
        box.appendChild(document.createTextNode(venue.address));
        marker.bindPopup(box);
        var icon = marker.getElement();
        if (icon) {
            icon.setAttribute("role", "button");
            icon.setAttribute("aria-label", label);
        }

        return [venue.lat, venue.lng];
    });

    map.fitBounds(points, { maxZoom: 15, padding: [30, 30] });
}());
