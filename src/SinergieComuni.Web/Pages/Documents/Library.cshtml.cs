using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Documents;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Documents;

/// <summary>/documenti: the published library with filters (tipo, tema, ente, anno), text search (q) and pages (pagina).</summary>
public sealed class LibraryModel(DocumentLibrary library) : PageModel
{
    public DocumentFilter Filter { get; private set; } = null!;

    public DocumentListPage Results { get; private set; } = null!;

    public string StatusText => Results.TotalCount switch
    {
        0 => "Nessun documento trovato.",
        1 => "1 documento trovato.",
        var n => $"{n} documenti trovati" + (Results.PageCount > 1 ? $", pagina {Results.Number} di {Results.PageCount}." : "."),
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = DocumentFilter.Parse(Request.Query);
        Results = await library.ListAsync(Filter, cancellationToken);
        ViewData["Title"] = Results.Number > 1 ? $"Documenti – pagina {Results.Number}" : "Documenti";
        ViewData["Description"] = "Modelli, regolamenti, policy e protocolli della rete per la conciliazione vita-lavoro nel Distretto Sociale Sud Est Milano: da scaricare e adattare.";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Documenti") };
    }
}
