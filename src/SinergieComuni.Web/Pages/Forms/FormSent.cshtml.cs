using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Forms;

/// <summary>/moduli/{slug}/grazie: the confirmation shown after sending (to people and, unknowingly, to bots).</summary>
public sealed class FormSentModel(FormDefinitions definitions) : PageModel
{
    public FormDocument Form { get; private set; } = null!;

    public string Slug { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var published = ContentSlug.IsValid(slug) ? await definitions.FindPublishedAsync(slug, cancellationToken) : null;
        if (published is null)
        {
            return NotFound();
        }

        Form = published.Form;
        Slug = slug;
        ViewData["Title"] = $"Modulo inviato: {Form.Title}";
        ViewData["Updated"] = published.Item.PublishedUtc ?? published.Item.UpdatedUtc;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Moduli"), new(Form.Title, $"/moduli/{slug}"), new("Inviato") };
        return Page();
    }
}
