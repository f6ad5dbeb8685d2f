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
            var reference = await results.ReferenceAsync(formId, cancellationToken);
            if (reference is not { } found)
            {
                return TypedResults.NotFound();
            }

            var actor = await actors.GetAsync();
            if (!FormAccess.CanReadEntries(actor, found.Form.Settings))
            {
                return TypedResults.Forbid();
            }

            var sensitive = FormAccess.CanReadSensitive(actor, found.Form.Settings);
            var filter = ResultsFilter.Parse(request.Query, found.Form, sensitive, singleValue: false);
            var report = await results.ComputeAsync(formId, found.Form, filter, sensitive, cancellationToken);
            var name = $"risultati-{(string.IsNullOrEmpty(found.Item.Slug) ? "modulo" : found.Item.Slug)}.csv";
            return TypedResults.File(FormResultsCsv.Write(report, found.Form), "text/csv; charset=utf-8", name);
        }).RequireAuthorization(Policies.Backoffice);
        return app;
    }
}
