using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// The entries of a form as a table: date, state and version, then one column per question of every version that
/// has entries (the newest version's order first, then questions only older versions had, with their labels), a
/// column per matrix statement. Sensitive questions are left out for people who may not read them.
/// </summary>
public sealed class FormEntryExport(SinergieDbContext db, FormDefinitions definitions)
{
    private sealed record Column(string Header, string FieldKey, string? RowValue, FormField Field);

    public async Task<SpreadsheetTable> BuildAsync(EntriesForm form, EntryFilter filter, CancellationToken cancellationToken)
    {
        var formId = form.Item.Id;
        var versions = await definitions.AnsweredVersionsAsync(formId, cancellationToken);
        var columns = Columns(versions.Count > 0 ? [.. versions.Select(v => v.Form)] : [form.Latest], form.CanReadSensitive);
        var byVersion = versions.ToDictionary(v => v.Version, v => v.Form);

        var entries = await filter.Apply(db.FormEntries.AsNoTracking().Where(e => e.FormId == formId))
            .OrderByDescending(e => e.CreatedUtc).ThenBy(e => e.Id)
            .Select(e => new { e.CreatedUtc, e.State, e.FormVersion, e.AnswersJson })
            .ToListAsync(cancellationToken);
        var fileNames = await db.FormEntryFiles.AsNoTracking()
            .Where(f => db.FormEntries.Any(e => e.Id == f.EntryId && e.FormId == formId))
            .Select(f => new { f.Id, f.FileName })
            .ToDictionaryAsync(f => f.Id, f => f.FileName, cancellationToken);

        var header = new List<string> { "Data", "Stato", "Versione" };
        header.AddRange(columns.Select(c => c.Header));
        var rows = new List<IReadOnlyList<string>>(entries.Count);
        foreach (var entry in entries)
        {
            var answers = FormAnswers.Parse(entry.AnswersJson);
            var definition = byVersion.GetValueOrDefault(entry.FormVersion);
            var row = new string[columns.Count + 3];
            row[0] = entry.CreatedUtc.ToRomeTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            row[1] = EntryStates.Label(entry.State);
            row[2] = entry.FormVersion.ToString(CultureInfo.InvariantCulture);
            for (var i = 0; i < columns.Count; i++)
            {
                row[i + 3] = Cell(columns[i], definition, answers, fileNames);
            }

            rows.Add(row);
        }

        return new SpreadsheetTable(header, rows);
    }

    /// <summary>The export's name: risposte-&lt;slug&gt;-&lt;yyyyMMdd&gt;.csv or .xlsx.</summary>
    public static string FileName(EntriesForm form, DateTime nowUtc, string extension) =>
        $"risposte-{(string.IsNullOrEmpty(form.Item.Slug) ? "modulo" : form.Item.Slug)}-{nowUtc.ToRomeTime():yyyyMMdd}.{extension}";

    private static string Cell(Column column, FormDocument? definition, Dictionary<string, string[]> answers, IReadOnlyDictionary<Guid, string> fileNames)
    {
        // The labels of the version the entry answered (choices may have been renamed since).
        var field = definition?.Field(column.FieldKey) is { HasAnswer: true } own && own.Type == column.Field.Type ? own : column.Field;
        if (column.RowValue is null)
        {
            return FormAnswers.Display(field, answers, fileNames);
        }

        var statement = new FormField
        {
            Key = FormAnswers.RowKey(field.Key, column.RowValue),
            Type = FormFieldType.Scale,
            Options = field.Options,
        };
        return FormAnswers.Display(statement, answers);
    }

    private static List<Column> Columns(IReadOnlyList<FormDocument> newestFirst, bool includeSensitive)
    {
        var fields = new List<FormField>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sensitive = new HashSet<string>(StringComparer.Ordinal);
        var rows = new Dictionary<string, List<FormOption>>(StringComparer.Ordinal);
        foreach (var form in newestFirst)
        {
            foreach (var field in form.AllFields().Where(f => f.HasAnswer))
            {
                if (field.Sensitive)
                {
                    sensitive.Add(field.Key);
                }

                if (seen.Add(field.Key))
                {
                    fields.Add(field);
                    rows[field.Key] = [];
                }

                foreach (var row in field.Type == FormFieldType.Matrix ? field.Rows : [])
                {
                    if (!rows[field.Key].Any(r => r.Value == row.Value))
                    {
                        rows[field.Key].Add(row);
                    }
                }
            }
        }

        var columns = new List<Column>();
        foreach (var field in fields.Where(f => includeSensitive || !sensitive.Contains(f.Key)))
        {
            if (field.Type == FormFieldType.Matrix)
            {
                columns.AddRange(rows[field.Key].Select(r => new Column($"{field.Label} – {r.Label}", field.Key, r.Value, field)));
            }
            else
            {
                columns.Add(new Column(field.Label.Length > 0 ? field.Label : field.Key, field.Key, null, field));
            }
        }

        return columns;
    }
}
