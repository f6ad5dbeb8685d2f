// Media library upload: files chosen in the field or dropped on the zone are sent one at a time to the JSON endpoint,
// with a progress bar for the whole batch and one result line per file. Without this script the form posts normally.
(function () {
    'use strict';
    var form = document.getElementById('media-upload-form');
    if (!form || !window.FormData || !window.XMLHttpRequest) {
        return;
    }

    var endpoint = form.getAttribute('data-upload-endpoint');
    var input = document.getElementById('media-files');
    var zone = form.querySelector('[data-dropzone]');
    var area = form.querySelector('[data-progress-area]');
    var progress = form.querySelector('[data-upload-progress]');
    var progressText = form.querySelector('[data-progress-text]');
    var status = form.querySelector('[data-upload-status]');
    var list = form.querySelector('[data-upload-results]');
    var button = form.querySelector('[data-upload-button]');
    var token = form.querySelector('input[name="__RequestVerificationToken"]').value;
    var folder = form.querySelector('input[name="folderId"]').value;
    var busy = false;

    function setProgress(value) {
        var percent = Math.max(0, Math.min(100, Math.round(value)));
        progress.value = percent;
        progress.textContent = percent + '%';
        progressText.textContent = percent + '%';
    }

    function row(text, kind) {
        var item = document.createElement('li');
        item.className = kind === 'ok' ? 'sc-upload-ok' : kind === 'error' ? 'sc-upload-error' : '';
        item.setAttribute('data-upload-result', kind);
        item.textContent = text;
        list.appendChild(item);
        return item;
    }

    function show(item, result) {
        item.textContent = '';
        item.className = result.ok ? 'sc-upload-ok' : 'sc-upload-error';
        item.setAttribute('data-upload-result', result.ok ? 'ok' : 'error');
        var text = document.createElement('span');
        text.textContent = result.message;
        item.appendChild(text);
        if (result.ok && result.url) {
            item.appendChild(document.createTextNode(' '));
            var link = document.createElement('a');
            link.href = result.url;
            link.textContent = 'Apri «' + result.title + '»';
            item.appendChild(link);
        }
    }

    function sendOne(file, done, onProgress) {
        var data = new FormData();
        data.append('__RequestVerificationToken', token);
        data.append('folderId', folder);
        data.append('files', file, file.name);
        var request = new XMLHttpRequest();
        request.open('POST', endpoint);
        request.setRequestHeader('Accept', 'application/json');
        request.upload.addEventListener('progress', function (event) {
            if (event.lengthComputable) {
                onProgress(event.loaded / event.total);
            }
        });
        request.addEventListener('load', function () {
            var body = null;
            try {
                body = JSON.parse(request.responseText);
            } catch (e) {
                body = null;
            }

            if (body && body.results && body.results.length) {
                done(body.results[0]);
            } else {
                done({ ok: false, message: '«' + file.name + '»: ' + (body && body.detail ? body.detail : 'il caricamento non è riuscito (errore ' + request.status + ').') });
            }
        });
        request.addEventListener('error', function () {
            done({ ok: false, message: '«' + file.name + '»: il collegamento si è interrotto, riprova.' });
        });
        request.send(data);
    }

    function upload(files) {
        if (busy || !files.length) {
            if (!files.length) {
                status.textContent = 'Scegli almeno un file da caricare.';
            }
            return;
        }

        busy = true;
        button.disabled = true;
        list.textContent = '';
        area.hidden = false;
        setProgress(0);
        status.textContent = 'Caricamento di ' + files.length + ' file in corso…';
        var total = 0;
        for (var i = 0; i < files.length; i++) {
            total += files[i].size || 1;
        }

        var sent = 0;
        var ok = 0;
        var refused = 0;
        var index = 0;
        function next() {
            if (index >= files.length) {
                setProgress(100);
                busy = false;
                button.disabled = false;
                input.value = '';
                status.textContent = 'Caricamento completato: ' + ok + ' file caricati, ' + refused + ' rifiutati.';
                form.setAttribute('data-upload-done', 'true');
                return;
            }

            var file = files[index];
            var line = row('«' + file.name + '»: caricamento in corso…', 'pending');
            sendOne(file, function (result) {
                show(line, result);
                if (result.ok) {
                    ok++;
                } else {
                    refused++;
                }
                sent += file.size || 1;
                setProgress(sent * 100 / total);
                index++;
                next();
            }, function (share) {
                setProgress((sent + share * (file.size || 1)) * 100 / total);
            });
        }

        form.removeAttribute('data-upload-done');
        next();
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        upload(Array.prototype.slice.call(input.files || []));
    });

    ['dragenter', 'dragover'].forEach(function (name) {
        zone.addEventListener(name, function (event) {
            event.preventDefault();
            zone.classList.add('sc-dropzone-active');
        });
    });
    ['dragleave', 'drop'].forEach(function (name) {
        zone.addEventListener(name, function (event) {
            event.preventDefault();
            zone.classList.remove('sc-dropzone-active');
        });
    });
    zone.addEventListener('drop', function (event) {
        if (event.dataTransfer && event.dataTransfer.files) {
            upload(Array.prototype.slice.call(event.dataTransfer.files));
        }
    });
})();
