using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Documents;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Documents;

/// <summary>/documenti/{slug}: a published document, its details, its stable download link and its earlier versions.</summary>
public sealed class DocumentPageModel(DocumentLibrary library) : PageModel
{
    public DocumentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await library.FindAsync(slug, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        View = found.View;
        ViewData["Title"] = View.Document.Title;
        ViewData["Description"] = View.Document.Summary;
        ViewData["Image"] = View.Document.ImageId;
        ViewData["Updated"] = View.UpdatedUtc;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Documenti", "/documenti"), new(View.Document.Title) };
        return Page();
    }
}
