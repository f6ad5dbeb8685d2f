// Focal point of a library image: a click on the image, or the arrow keys on it, set the two percentage fields
// (which stay the fallback without this script) and move the marker.
(function () {
    'use strict';
    var picker = document.querySelector('[data-focal-picker]');
    if (!picker || picker.disabled) {
        return;
    }

    var image = picker.querySelector('[data-focal-image]');
    var marker = picker.querySelector('[data-focal-marker]');
    var inputX = document.querySelector('[data-focal-x]');
    var inputY = document.querySelector('[data-focal-y]');

    function round(value) {
        return Math.round(Math.max(0, Math.min(100, value)) * 10) / 10;
    }

    function show(x, y) {
        marker.style.left = x + '%';
        marker.style.top = y + '%';
        picker.setAttribute('aria-label', 'Punto di interesse: ' + String(x).replace('.', ',') + '% da sinistra, ' + String(y).replace('.', ',') + '% dall\'alto');
    }

    function set(x, y) {
        x = round(x);
        y = round(y);
        inputX.value = x;
        inputY.value = y;
        show(x, y);
    }

    function current() {
        return [parseFloat(inputX.value) || 0, parseFloat(inputY.value) || 0];
    }

    picker.addEventListener('click', function (event) {
        var box = image.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || event.detail === 0) {
            return;
        }

        set((event.clientX - box.left) * 100 / box.width, (event.clientY - box.top) * 100 / box.height);
    });

    picker.addEventListener('keydown', function (event) {
        var step = event.shiftKey ? 10 : 1;
        var point = current();
        switch (event.key) {
            case 'ArrowLeft': point[0] -= step; break;
            case 'ArrowRight': point[0] += step; break;
            case 'ArrowUp': point[1] -= step; break;
            case 'ArrowDown': point[1] += step; break;
            default: return;
        }

        event.preventDefault();
        set(point[0], point[1]);
    });

    [inputX, inputY].forEach(function (input) {
        input.addEventListener('input', function () {
            var point = current();
            show(round(point[0]), round(point[1]));
        });
    });
})();
