using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Web.Pages.Backoffice.Forms;

/// <summary>What every entries page does first: the form (404 when missing or binned) and its readers only (403 for others).</summary>
public static class EntriesPages
{
    public static async Task<(EntriesForm? Form, IActionResult? Refusal)> OpenForReadersAsync(
        this PageModel page, FormEntries entries, BackofficeActor actors, Guid formId, CancellationToken cancellationToken)
    {
        var form = await entries.OpenAsync(formId, await actors.GetAsync(), cancellationToken);
        return form is null ? (null, page.NotFound()) : form.CanRead ? (form, null) : (null, page.Forbid());
    }
}
