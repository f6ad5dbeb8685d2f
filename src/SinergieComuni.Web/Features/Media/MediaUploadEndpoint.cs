using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// POST /backoffice/media/caricamento: the library's upload for scripts (one or more files in the field "files",
/// the folder in "folderId", the anti-forgery token of the page's form). Answers JSON with one result per file:
/// 200 when every file was stored, 422 when some were refused (the results say which and why), or an Italian
/// ProblemDetails when the request itself is wrong.
/// </summary>
public static class MediaUploadEndpoint
{
    public const string Path = "/backoffice/media/caricamento";

    public sealed record FileResult(string Name, bool Ok, Guid? Id, string? Title, string? FileName, string? Url, string? FileUrl, string Message);

    public sealed record Response(int Uploaded, int Refused, IReadOnlyList<FileResult> Results);

    public static void Map(WebApplication app) =>
        app.MapPost(Path, HandleAsync).RequireAuthorization(Identity.Policies.Backoffice).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext context, IAntiforgery antiforgery, Uploads uploads, BackofficeActor actors, SinergieDbContext db,
        IOptions<MediaOptions> options, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!MediaPermissions.CanUpload(actor))
        {
            return Problem(StatusCodes.Status403Forbidden, "Non hai i permessi per caricare file nella libreria media.");
        }

        var settings = options.Value;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = (settings.MaxUploadBytes * settings.MaxFilesPerUpload) + (1024 * 1024);
        }

        if (!context.Request.HasFormContentType)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invia i file come modulo multipart/form-data nel campo «files».");
        }

        IFormCollection form;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (AntiforgeryValidationException)
        {
            return Problem(StatusCodes.Status400BadRequest, "La sessione della pagina è scaduta: ricarica la pagina e carica di nuovo i file.");
        }
        catch (Exception exception) when (exception is BadHttpRequestException or InvalidDataException)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge,
                $"La richiesta è troppo grande: ogni file può avere al massimo {settings.MaxUploadMb} MB e se ne possono caricare {settings.MaxFilesPerUpload} alla volta.");
        }

        var files = form.Files.GetFiles("files");
        if (files.Count == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "Scegli almeno un file da caricare.");
        }

        if (files.Count > settings.MaxFilesPerUpload)
        {
            return Problem(StatusCodes.Status400BadRequest, $"Puoi caricare al massimo {settings.MaxFilesPerUpload} file alla volta.");
        }

        Guid? folderId = null;
        if (form["folderId"].ToString() is { Length: > 0 } folderText)
        {
            if (!Guid.TryParse(folderText, out var parsed) || !await db.MediaFolders.AnyAsync(f => f.Id == parsed, cancellationToken))
            {
                return Problem(StatusCodes.Status400BadRequest, "La cartella scelta non esiste più: ricarica la pagina.");
            }

            folderId = parsed;
        }

        var results = new List<FileResult>();
        foreach (var file in files)
        {
            results.Add(Describe(file.FileName, await uploads.StoreAsync(file, new UploadTarget(FolderId: folderId), actor, cancellationToken)));
        }

        var response = new Response(results.Count(r => r.Ok), results.Count(r => !r.Ok), results);
        return response.Refused == 0 ? TypedResults.Ok(response) : TypedResults.Json(response, statusCode: StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>One file's outcome in the words shown to the editor.</summary>
    public static FileResult Describe(string uploadedName, Uploads.Result result)
    {
        var name = new string([.. System.IO.Path.GetFileName((uploadedName ?? "").Replace('\\', '/')).Where(c => !char.IsControl(c))]);
        return result.File is { } file
            ? new FileResult(name, true, file.Id, result.Item?.Title, file.FileName, $"/backoffice/media/{file.Id}", MediaFeature.Url(file.Id, file.FileName),
                $"«{name}» caricato come «{file.FileName}»." + (result.Item is { IsImage: true, AltText: null } ? " Aggiungi il testo alternativo prima di usarlo nei contenuti." : ""))
            : new FileResult(name, false, null, null, null, null, null, result.Error ?? "Il file non è stato caricato.");
    }

    private static IResult Problem(int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: status == StatusCodes.Status403Forbidden ? "Operazione non permessa." : "Caricamento non riuscito.");
}
