using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>The dashboard's aggregates as CSV, with the dashboard's filters (the page is Pages/Backoffice/Forms/Results).</summary>
public static class FormResultsEndpoints
{
    public static string DashboardPath(Guid formId) => $"/backoffice/moduli/{formId}/risultati";

    public static string CsvPath(Guid formId) => DashboardPath(formId) + ".csv";

    public static WebApplication MapFormResults(this WebApplication app)
    {
        app.MapGet("/backoffice/moduli/{formId:guid}/risultati.csv", async Task<IResult> (Guid formId, HttpRequest request, BackofficeActor actors, FormResults results, CancellationToken cancellationToken) =>
        {
            var (exists, reader) = await results.ForReaderAsync(formId, await actors.GetAsync(), request.Query, cancellationToken);
            if (reader is null)
            {
                return exists ? TypedResults.Forbid() : TypedResults.NotFound();
            }

            var (item, form, _, report, _) = reader;
            var name = $"risultati-{(string.IsNullOrEmpty(item.Slug) ? "modulo" : item.Slug)}.csv";
            return TypedResults.File(FormResultsCsv.Write(report, form), CsvWriter.ContentType, name);
        }).RequireAuthorization(Policies.Backoffice);
        return app;
    }
}
