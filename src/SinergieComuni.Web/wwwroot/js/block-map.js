// The map blocks of a page: the venues of the chosen services (the list under each map says the same without it).
(function () {
    "use strict";

    if (!window.L || !window.scMaps) {
        return;
    }

    Array.prototype.forEach.call(document.querySelectorAll("[data-block-map]"), function (element) {
        var settings = JSON.parse(element.getAttribute("data-block-map"));
        var message = element.parentElement.querySelector("[data-map-tiles-message]");
        element.hidden = false;
        var map = scMaps.create(element, settings, { scrollWheelZoom: false }, function () {
            if (message) {
                message.hidden = false;
            }
        });

        var points = settings.points.map(function (point) {
            var label = point.service + ": " + point.name + ", " + point.address;
            var marker = scMaps.venueMarker([point.lat, point.lng], "#0066cc", label).addTo(map);
            var box = document.createElement("div");
            var link = document.createElement("a");
            link.href = point.url;
            link.textContent = point.service;
            box.appendChild(link);
            box.appendChild(document.createElement("br"));
            box.appendChild(document.createTextNode(point.name + ", " + point.address));
            marker.bindPopup(box);
            return [point.lat, point.lng];
        });

        map.fitBounds(points, { maxZoom: 15, padding: [30, 30] });
    });
}());
