// Conditions of a form (show/hide pages, groups and fields): the browser's twin of Features/Forms/FormVisibility.cs.
// Both are tested on the same cases (tests/SinergieComuni.Tests/Forms/condition-cases.json).
(function (global) {
    'use strict';

    var choiceTypes = { SingleChoice: true, MultipleChoice: true, Consent: true };

    function tryNumber(text) {
        var s = String(text).trim();
        if (s.length === 0 || s.length > 30 || !/^-?\d+([.,]\d+)?$/.test(s)) {
            return null;
        }
        return Number(s.replace(',', '.'));
    }

    function isIsoDate(text) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
            return false;
        }
        var parts = text.split('-').map(Number);
        var date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
        return parts[0] >= 1 && date.getUTCFullYear() === parts[0] && date.getUTCMonth() === parts[1] - 1 && date.getUTCDate() === parts[2];
    }

    function sameValue(value, expected) {
        var a = tryNumber(value);
        var b = tryNumber(expected);
        return a !== null && b !== null ? a === b : value.toLowerCase() === expected.toLowerCase();
    }

    function greater(value, expected) {
        var a = tryNumber(value);
        var b = tryNumber(expected);
        if (a !== null && b !== null) {
            return a > b;
        }
        return isIsoDate(value) && isIsoDate(expected) && value > expected;
    }

    function matches(rule, rawValues, type) {
        var values = (rawValues || []).map(function (v) { return String(v).trim(); }).filter(function (v) { return v.length > 0; });
        var expected = String(rule.value == null ? '' : rule.value).trim();
        switch (rule.operator) {
            case 'IsEmpty':
                return values.length === 0;
            case 'Equals':
                return values.some(function (v) { return sameValue(v, expected); });
            case 'NotEquals':
                return !values.some(function (v) { return sameValue(v, expected); });
            case 'Contains':
                return choiceTypes[type]
                    ? values.some(function (v) { return sameValue(v, expected); })
                    : values.some(function (v) { return v.toLowerCase().indexOf(expected.toLowerCase()) >= 0; });
            case 'GreaterThan':
                return values.length > 0 && greater(values[0], expected);
            default:
                return false;
        }
    }

    // definition: { pages: [{ key, condition, groups: [{ key, condition, fields: [{ key, type, condition }] }] }] }
    // answers: { fieldKey: [values] }. Returns { pages: {key: bool}, groups: {key: bool}, fields: {key: bool} }.
    function evaluate(definition, answers) {
        var result = { pages: {}, groups: {}, fields: {} };
        var types = {};
        definition.pages.forEach(function (page) {
            page.groups.forEach(function (group) {
                group.fields.forEach(function (field) { types[field.key] = field.type; });
            });
        });

        function valueOf(key) {
            return result.fields[key] && answers[key] ? answers[key] : [];
        }

        function applies(condition) {
            if (!condition || !condition.rules || condition.rules.length === 0) {
                return true;
            }
            var outcomes = condition.rules.map(function (rule) { return matches(rule, valueOf(rule.field), types[rule.field]); });
            var matched = (condition.match || 'All') === 'All'
                ? outcomes.every(function (m) { return m; })
                : outcomes.some(function (m) { return m; });
            return (condition.action || 'Show') === 'Show' ? matched : !matched;
        }

        definition.pages.forEach(function (page) {
            var pageVisible = applies(page.condition);
            result.pages[page.key] = pageVisible;
            page.groups.forEach(function (group) {
                var groupVisible = pageVisible && applies(group.condition);
                result.groups[group.key] = groupVisible;
                group.fields.forEach(function (field) {
                    result.fields[field.key] = groupVisible && applies(field.condition);
                });
            });
        });
        return result;
    }

    global.SinergieForms = global.SinergieForms || {};
    global.SinergieForms.evaluate = evaluate;
    global.SinergieForms.matches = matches;
    global.SinergieForms.tryNumber = tryNumber;
    global.SinergieForms.isIsoDate = isIsoDate;
})(window);
