// Draws the charts of the form results pages with Chart.js, from each canvas's data-results-chart (JSON written
// by ResultsChart.Data). The table after each chart holds the same numbers; hidden groups (null) leave a gap.
(function () {
    "use strict";

    if (typeof window.Chart === "undefined") {
        return;
    }

    // Dark enough for 3:1 against white (WCAG 1.4.11), in an order that reads from "low" (red) to "high" (blue).
    var palette = ["#b3261e", "#c25700", "#8d6e00", "#2e7d32", "#0066cc", "#7b1fa2", "#ad1457", "#00796b", "#455a64", "#5d4037"];
    var single = "#0066cc";
    var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

    Chart.defaults.color = "#3d4955";
    Chart.defaults.locale = "it-IT";
    Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
    if (reduceMotion) {
        Chart.defaults.animation = false;
    }

    function countAxis() {
        return { beginAtZero: true, ticks: { precision: 0 }, grid: { color: "#e3e6ea" } };
    }

    function config(spec) {
        var horizontal = spec.kind === "bars" || spec.kind === "stacked";
        var stacked = spec.kind === "stacked";
        var histogram = spec.kind === "histogram";
        var datasets = spec.series.map(function (series, i) {
            var colour = stacked ? palette[i % palette.length] : single;
            return {
                label: series.label,
                data: series.data,
                backgroundColor: colour,
                borderColor: "#ffffff",
                borderWidth: stacked || histogram ? 1 : 0,
                barPercentage: histogram ? 1 : 0.8,
                categoryPercentage: histogram ? 1 : 0.8
            };
        });
        var valueAxis = countAxis();
        var categoryAxis = { grid: { display: false }, ticks: { autoSkip: false } };
        if (stacked) {
            valueAxis.stacked = true;
            categoryAxis.stacked = true;
        }

        return {
            type: "bar",
            data: { labels: spec.labels, datasets: datasets },
            options: {
                indexAxis: horizontal ? "y" : "x",
                responsive: true,
                maintainAspectRatio: false,
                animation: reduceMotion ? false : undefined,
                scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
                plugins: {
                    legend: { display: stacked, position: "top" },
                    tooltip: { enabled: true }
                }
            }
        };
    }

    document.querySelectorAll("canvas[data-results-chart]").forEach(function (canvas) {
        var spec;
        try {
            spec = JSON.parse(canvas.getAttribute("data-results-chart"));
        } catch (e) {
            return;
        }

        var box = canvas.parentElement;
        var height = parseInt(box.getAttribute("data-chart-height"), 10);
        if (height > 0) {
            box.style.height = height + "px";
        }

        new Chart(canvas, config(spec));
    });
}());
