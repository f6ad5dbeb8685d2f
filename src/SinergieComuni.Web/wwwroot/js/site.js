// SinergieComuni: progressive enhancements; every page works without this file.
(function () {
    "use strict";

    // Close the cookie notice without reloading the page; the form still works without JavaScript.
    var notice = document.querySelector("[data-cookie-notice]");
    if (notice) {
        var form = notice.querySelector("form");
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", redirect: "manual" })
                .finally(function () { notice.remove(); });
        });
    }
})();
