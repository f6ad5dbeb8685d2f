// A service card's small map of its venues (the addresses and links beside it say the same without it).
(function () {
    "use strict";

    var element = document.querySelector("[data-service-map]");
    if (!element || !window.L || !window.scMaps) {
        return;
    }

    var settings = JSON.parse(element.getAttribute("data-service-map"));
    var message = element.parentElement.querySelector("[data-map-tiles-message]");
    element.hidden = false;

    var map = scMaps.create(element, settings, { scrollWheelZoom: false }, function () {
        if (message) {
            message.hidden = false;
        }
    });

    var points = settings.venues.map(function (venue) {
        var label = venue.name + ", " + venue.address;
        var marker = scMaps.venueMarker([venue.lat, venue.lng], "#0066cc", label).addTo(map);
        var box = document.createElement("div");
        var name = document.createElement("strong");
        name.textContent = venue.name;
        box.appendChild(name);
        box.appendChild(document.createElement("br"));
        box.appendChild(document.createTextNode(venue.address));
        marker.bindPopup(box);
        return [venue.lat, venue.lng];
    });

    map.fitBounds(points, { maxZoom: 15, padding: [30, 30] });
}());
