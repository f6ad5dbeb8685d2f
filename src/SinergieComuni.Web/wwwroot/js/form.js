// Public forms: conditions, steps ("Passo 2 di 4"), checks before sending and the summary.
// The server checks everything again (Features/Forms/SubmissionReader.cs); the messages match its messages.
(function () {
    'use strict';

    var form = document.querySelector('form.public-form');
    var definitionElement = document.getElementById('definizione-modulo');
    if (!form || !definitionElement || !window.SinergieForms) {
        return;
    }

    var definition = JSON.parse(definitionElement.textContent);
    var summaryBox = document.querySelector('[data-error-summary]');
    var indicator = form.querySelector('[data-step-indicator]');
    var backButton = form.querySelector('[data-step-back]');
    var nextButton = form.querySelector('[data-step-next]');
    var submitButton = form.querySelector('[data-submit]');
    var summaryStep = form.querySelector('[data-summary-step]');
    var stepped = form.hasAttribute('data-form-steps') || form.hasAttribute('data-summary');
    var withSummary = form.hasAttribute('data-summary');
    var current = 0;

    function fieldElements() {
        return Array.prototype.slice.call(form.querySelectorAll('[data-field]'));
    }

    function inputsOf(element) {
        return Array.prototype.slice.call(element.querySelectorAll('input:not([type=hidden]), select, textarea, input[type=hidden][name^="f."]'));
    }

    function valuesOf(element) {
        var type = element.getAttribute('data-type');
        var values = [];
        inputsOf(element).forEach(function (input) {
            if (input.type === 'radio' || input.type === 'checkbox') {
                if (input.checked) {
                    values.push(input.value);
                }
            } else if (input.type !== 'file' && type !== 'Matrix') {
                values.push(input.value);
            } else if (input.type === 'file' && input.files && input.files.length > 0) {
                values.push(input.files[0].name);
            }
        });
        return values;
    }

    function answers() {
        var result = {};
        fieldElements().forEach(function (element) {
            result[element.getAttribute('data-field')] = valuesOf(element);
        });
        return result;
    }

    function setHidden(element, hidden) {
        element.hidden = hidden;
        inputsOf(element).forEach(function (input) {
            if (input.closest('[hidden]') && !hidden) {
                return;
            }
            input.disabled = hidden || !!input.closest('[data-page][hidden], [data-group][hidden], [data-field][hidden]');
        });
    }

    function applyConditions() {
        var visible = window.SinergieForms.evaluate(definition, answers());
        form.querySelectorAll('[data-page]').forEach(function (page) {
            page.hidden = !visible.pages[page.getAttribute('data-page')];
        });
        form.querySelectorAll('[data-group]').forEach(function (group) {
            group.hidden = !visible.groups[group.getAttribute('data-group')];
        });
        fieldElements().forEach(function (element) {
            element.hidden = !visible.fields[element.getAttribute('data-field')];
        });
        fieldElements().forEach(function (element) {
            var off = !!element.closest('[hidden]');
            inputsOf(element).forEach(function (input) { input.disabled = off; });
        });
    }

    function steps() {
        var pages = Array.prototype.slice.call(form.querySelectorAll('[data-page]')).filter(function (page) { return !page.hidden; });
        if (withSummary && summaryStep) {
            pages.push(summaryStep);
        }
        return pages;
    }

    function showStep(index, focus) {
        if (!stepped) {
            return;
        }
        var all = steps();
        current = Math.max(0, Math.min(index, all.length - 1));
        form.querySelectorAll('[data-page]').forEach(function (page) { page.classList.add('d-none'); });
        if (summaryStep) {
            summaryStep.hidden = true;
        }
        var step = all[current];
        if (step === summaryStep) {
            buildSummary();
            summaryStep.hidden = false;
        } else {
            step.classList.remove('d-none');
        }
        indicator.hidden = all.length < 2;
        indicator.textContent = 'Passo ' + (current + 1) + ' di ' + all.length;
        backButton.hidden = current === 0;
        nextButton.hidden = current === all.length - 1;
        submitButton.hidden = current !== all.length - 1;
        if (focus) {
            var heading = step.querySelector('h2');
            if (heading) {
                heading.focus();
            }
        }
    }

    function stepOf(element) {
        var all = steps();
        for (var i = 0; i < all.length; i++) {
            if (all[i].contains(element)) {
                return i;
            }
        }
        return -1;
    }

    function labelOf(element) {
        return element.getAttribute('data-label') || '';
    }

    function name(element) {
        var label = labelOf(element);
        return label.length > 80 ? label.substring(0, 77) + '…' : label;
    }

    function requiredMessage(element) {
        var custom = element.getAttribute('data-error-message');
        if (custom) {
            return custom;
        }
        switch (element.getAttribute('data-type')) {
            case 'SingleChoice':
            case 'MultipleChoice':
            case 'Scale':
                return '«' + name(element) + '»: scegli una risposta.';
            case 'Consent':
                return 'Per inviare il modulo devi dare il consenso al trattamento dei dati.';
            case 'File':
                return '«' + name(element) + '»: allega il file.';
            case 'Matrix':
                return '«' + name(element) + '»: rispondi a ogni affermazione.';
            default:
                return '«' + name(element) + '» è obbligatorio.';
        }
    }

    function matchesPattern(pattern, text) {
        try {
            return new RegExp('^(?:' + pattern + ')$').test(text);
        } catch (e) {
            return true;
        }
    }

    function check(element) {
        var type = element.getAttribute('data-type');
        var required = element.getAttribute('data-required') === 'true';
        if (type === 'Text' || type === 'Hidden') {
            return null;
        }
        if (type === 'Matrix') {
            var rows = element.querySelectorAll('[data-row]');
            var missing = Array.prototype.some.call(rows, function (row) { return !row.querySelector('input:checked'); });
            return required && missing ? requiredMessage(element) : null;
        }
        var values = valuesOf(element).map(function (v) { return v.trim(); }).filter(function (v) { return v.length > 0; });
        if (values.length === 0) {
            return required ? requiredMessage(element) : null;
        }
        var text = values[0];
        var max = element.getAttribute('data-max-length');
        var min = element.getAttribute('data-min-length');
        if (type === 'Email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)) {
            return '«' + name(element) + '»: scrivi un indirizzo email valido, per esempio nome@esempio.it.';
        }
        if (type === 'Phone' && (!/^\+?[0-9 ().\-/]{6,25}$/.test(text) || (text.match(/\d/g) || []).length < 6 || (text.match(/\d/g) || []).length > 15)) {
            return '«' + name(element) + '»: scrivi un numero di telefono valido, per esempio 02 1234567 o +39 333 1234567.';
        }
        if (type === 'Number') {
            var number = window.SinergieForms.tryNumber(text);
            if (number === null) {
                return '«' + name(element) + '»: scrivi un numero, per esempio 3 o 2,5.';
            }
            var low = element.getAttribute('data-min');
            var high = element.getAttribute('data-max');
            if (low && window.SinergieForms.tryNumber(low) !== null && number < window.SinergieForms.tryNumber(low)) {
                return '«' + name(element) + '»: il valore minimo è ' + low.replace('.', ',') + '.';
            }
            if (high && window.SinergieForms.tryNumber(high) !== null && number > window.SinergieForms.tryNumber(high)) {
                return '«' + name(element) + '»: il valore massimo è ' + high.replace('.', ',') + '.';
            }
            return null;
        }
        if (type === 'ShortText' || type === 'LongText' || type === 'Email' || type === 'Phone') {
            if (max && text.length > Number(max)) {
                return '«' + name(element) + '» può avere al massimo ' + max + ' caratteri (ne hai scritti ' + text.length + ').';
            }
            if (min && text.length < Number(min)) {
                return '«' + name(element) + '» deve avere almeno ' + min + ' caratteri.';
            }
            var pattern = element.getAttribute('data-pattern');
            if (pattern && !matchesPattern(pattern, text)) {
                return element.getAttribute('data-error-message') || '«' + name(element) + '» non è nel formato richiesto.';
            }
        }
        return null;
    }

    // The summary (role=alert) is announced; the focus goes to the first field in error, whose message it describes.
    function focusField(element) {
        var target = firstFocusable(element);
        if (target) {
            target.focus();
        }
    }

    function firstFocusable(element) {
        return element.querySelector('input:not([type=hidden]):not([disabled]), select, textarea') || element.querySelector('fieldset');
    }

    function showError(element, message) {
        var key = element.getAttribute('data-field');
        var box = element.querySelector('[data-error-for="' + key + '"]');
        var id = 'f-' + key + '-errore';
        element.querySelectorAll('input, select, textarea, fieldset').forEach(function (control) {
            if (control.type === 'hidden') {
                return;
            }
            var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x && x !== id; });
            if (message) {
                described.push(id);
                control.setAttribute('aria-invalid', 'true');
                if (control.classList.contains('form-control')) {
                    control.classList.add('is-invalid');
                }
            } else {
                control.removeAttribute('aria-invalid');
                control.classList.remove('is-invalid');
            }
            if (control.tagName === 'FIELDSET' || control.id === 'f-' + key) {
                if (described.length > 0) {
                    control.setAttribute('aria-describedby', described.join(' '));
                } else {
                    control.removeAttribute('aria-describedby');
                }
            }
        });
        if (box) {
            box.textContent = message || '';
            box.hidden = !message;
        }
    }

    function validate(elements) {
        var problems = [];
        elements.forEach(function (element) {
            if (element.closest('[hidden]')) {
                showError(element, null);
                return;
            }
            var message = check(element);
            showError(element, message);
            if (message) {
                problems.push({ element: element, message: message });
            }
        });
        return problems;
    }

    function showSummary(problems) {
        if (!summaryBox) {
            return;
        }
        summaryBox.innerHTML = '';
        if (problems.length === 0) {
            summaryBox.hidden = true;
            return;
        }
        var heading = document.createElement('h2');
        heading.className = 'h5';
        heading.textContent = problems.length === 1 ? "C'è un errore da correggere" : 'Ci sono ' + problems.length + ' errori da correggere';
        var list = document.createElement('ul');
        list.className = 'mb-0';
        problems.forEach(function (problem) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = '#f-' + problem.element.getAttribute('data-field');
            link.textContent = problem.message;
            item.appendChild(link);
            list.appendChild(item);
        });
        summaryBox.appendChild(heading);
        summaryBox.appendChild(list);
        summaryBox.hidden = false;
        focusField(problems[0].element);
    }

    function buildSummary() {
        var list = summaryStep.querySelector('[data-summary-list]');
        list.innerHTML = '';
        fieldElements().forEach(function (element) {
            var type = element.getAttribute('data-type');
            if (element.closest('[hidden]') || type === 'Text' || type === 'Hidden') {
                return;
            }
            var text;
            if (type === 'Matrix') {
                text = Array.prototype.map.call(element.querySelectorAll('[data-row]'), function (row) {
                    var checked = row.querySelector('input:checked');
                    return row.querySelector('legend').textContent.trim() + ': ' + (checked ? checked.value : '—');
                }).join('; ');
            } else if (type === 'SingleChoice' || type === 'MultipleChoice' || type === 'Scale' || type === 'Consent') {
                var select = element.querySelector('select');
                if (select) {
                    text = select.value ? select.options[select.selectedIndex].text : '';
                } else {
                    text = Array.prototype.map.call(element.querySelectorAll('input:checked'), function (input) {
                        return type === 'Consent' ? 'Sì' : document.querySelector('label[for="' + input.id + '"]').textContent.trim();
                    }).join('; ');
                }
            } else {
                text = valuesOf(element).join('; ');
            }
            var term = document.createElement('dt');
            term.textContent = labelOf(element);
            var detail = document.createElement('dd');
            detail.textContent = text && text.trim().length > 0 ? text : 'Nessuna risposta';
            list.appendChild(term);
            list.appendChild(detail);
        });
    }

    form.addEventListener('change', applyConditions);
    form.addEventListener('input', applyConditions);

    if (stepped) {
        backButton.addEventListener('click', function () { showStep(current - 1, true); });
        nextButton.addEventListener('click', function () {
            var step = steps()[current];
            var problems = validate(Array.prototype.slice.call(step.querySelectorAll('[data-field]')));
            showSummary(problems);
            if (problems.length === 0) {
                showStep(current + 1, true);
            }
        });
    }

    form.addEventListener('submit', function (event) {
        applyConditions();
        var problems = validate(fieldElements());
        if (problems.length > 0) {
            event.preventDefault();
            var step = stepOf(problems[0].element);
            if (step >= 0 && step !== current) {
                showStep(step, false);
            }
            showSummary(problems);
        }
    });

    if (summaryBox) {
        summaryBox.addEventListener('click', function (event) {
            var link = event.target.closest('a[href^="#f-"]');
            if (!link) {
                return;
            }
            var element = form.querySelector('[data-field="' + link.getAttribute('href').substring(3) + '"]');
            if (!element) {
                return;
            }
            event.preventDefault();
            var step = stepOf(element);
            if (step >= 0 && step !== current) {
                showStep(step, false);
            }
            var target = firstFocusable(element);
            if (target) {
                target.focus();
            }
        });
    }

    applyConditions();
    if (stepped) {
        var firstError = form.querySelector('[data-field] [aria-invalid="true"]');
        showStep(firstError ? Math.max(0, stepOf(firstError)) : 0, false);
    }
    if (summaryBox && !summaryBox.hidden) {
        var invalid = form.querySelector('[data-field] [aria-invalid="true"]');
        var field = invalid ? invalid.closest('[data-field]') : null;
        if (field) {
            focusField(field);
        } else {
            summaryBox.focus();
        }
    }
})();
