using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages;

/// <summary>Italian error pages for 404, 403, 500 and any other status, re-executed by the status-code middleware.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        // Opened directly, /errore/500 is just an address that does not exist.
        Code = reExecuted && code is >= 400 and < 600 ? code : 404;

        (Heading, Message) = Code switch
        {
            404 => ("Pagina non trovata", "La pagina che cerchi non esiste o è stata spostata. Controlla l'indirizzo oppure riparti dalla home."),
            403 => ("Accesso non consentito", "Non hai i permessi per aprire questa pagina. Se pensi sia un errore, chiedi all'amministratore di assegnarti il ruolo giusto."),
            401 => ("Accesso richiesto", "Per aprire questa pagina devi prima accedere."),
            400 => ("Richiesta non valida", "La richiesta contiene dati non validi. Torna indietro e controlla i valori inseriti."),
            413 => ("Invio troppo grande", "Il modulo inviato supera la dimensione consentita: riduci la lunghezza dei testi o la dimensione dei file allegati e riprova."),
            405 => ("Operazione non consentita", "Questa pagina non accetta l'operazione richiesta."),
            429 => ("Troppe richieste", "Hai inviato troppe richieste in poco tempo. Attendi qualche minuto e riprova."),
            >= 500 => ("Si è verificato un errore", "Qualcosa non ha funzionato da parte nostra. Riprova tra qualche minuto; se il problema continua, scrivici."),
            _ => ("Richiesta non completata", "Non è stato possibile completare la richiesta."),
        };

        Response.StatusCode = Code;
        ViewData["Title"] = Heading;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new(Heading) };
        return Page();
    }
}
