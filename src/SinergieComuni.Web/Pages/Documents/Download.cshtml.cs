using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using SinergieComuni.Web.Features.Documents;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Web.Pages.Documents;

/// <summary>
/// /documenti/{slug}/scarica: always the file of the published version, so the address stays the same when a new
/// version replaces the file. Revalidated on every use (no-cache + ETag of the content). Also
/// /documenti/{slug}/versioni/{n}/scarica for a version that was published earlier.
/// </summary>
public sealed class DownloadModel(DocumentLibrary library, IFileStorage storage) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, int? version, CancellationToken cancellationToken)
    {
        var file = await library.DownloadableFileAsync(slug, version, cancellationToken);
        var stream = file is null ? null : await storage.OpenReadAsync(file.StorageKey, cancellationToken);
        if (file is null || stream is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-cache";
        Response.Headers.XContentTypeOptions = "nosniff";
        return new FileStreamResult(stream, file.ContentType)
        {
            FileDownloadName = file.FileName,
            EntityTag = new EntityTagHeaderValue($"\"{file.Sha256}\""),
            EnableRangeProcessing = true,
        };
    }
}
