using System.Net.Mail;
using System.Text.RegularExpressions;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Checks a form definition before it is saved: keys, choices, limits, patterns, conditions that look only at
/// earlier answerable fields, and settings. Messages are Italian and keyed by the builder's paths.
/// </summary>
public sealed partial class FormRules : IContentTypeRules
{
    public const int MaxFields = 300;
    public const int ShortTextLimit = 1000;
    public const int LongTextLimit = 10000;
    public const int MaxFileMbLimit = 10;

    public static IReadOnlyList<string> FileTypes { get; } = ["pdf", "jpg", "png", "webp", "docx", "xlsx", "odt", "ods"];

    /// <summary>The HTML autocomplete tokens an editor may choose (WCAG 1.3.5 input purposes).</summary>
    public static IReadOnlyList<string> AutocompleteTokens { get; } =
    [
        "name", "given-name", "family-name", "email", "tel", "street-address", "address-level2", "postal-code",
        "organization", "organization-title", "bday", "sex", "off",
    ];

    public string ContentType => ContentTypes.Form;

    public Task<Dictionary<string, List<string>>> ValidateAsync(IContentDocument document, CancellationToken cancellationToken) =>
        Task.FromResult(Validate((FormDocument)document));

    public Guid? OwningOrganisation(IContentDocument document, Guid itemId) => null;

    public Task OnPublicationChangedAsync(ContentItem item, IContentDocument? published, CancellationToken cancellationToken) => Task.CompletedTask;

    public static Dictionary<string, List<string>> Validate(FormDocument form)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string key, string message)
        {
            if (!errors.TryGetValue(key, out var list))
            {
                errors[key] = list = [];
            }

            if (!list.Contains(message))
            {
                list.Add(message);
            }
        }

        if (form.Pages.Count == 0)
        {
            Add("Pages", "Il modulo deve avere almeno una pagina.");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var earlier = new Dictionary<string, FormField>(StringComparer.Ordinal);
        var count = 0;
        for (var p = 0; p < form.Pages.Count; p++)
        {
            var page = form.Pages[p];
            var pagePath = $"Pages[{p}]";
            CheckKey(page.Key, pagePath, "della pagina");
            CheckText(page.Title, pagePath + ".Title", 200, "Il titolo della pagina");
            CheckCondition(page.Condition, pagePath + ".Condition", new Dictionary<string, FormField>(earlier));
            for (var g = 0; g < page.Groups.Count; g++)
            {
                var group = page.Groups[g];
                var groupPath = $"{pagePath}.Groups[{g}]";
                CheckKey(group.Key, groupPath, "del gruppo");
                CheckText(group.Title, groupPath + ".Title", 200, "Il titolo del gruppo");
                CheckText(group.Description, groupPath + ".Description", 2000, "La descrizione del gruppo");
                CheckCondition(group.Condition, groupPath + ".Condition", new Dictionary<string, FormField>(earlier));
                for (var f = 0; f < group.Fields.Count; f++)
                {
                    var field = group.Fields[f];
                    var fieldPath = $"{groupPath}.Fields[{f}]";
                    count++;
                    CheckKey(field.Key, fieldPath, "della domanda");
                    CheckField(field, fieldPath);
                    CheckCondition(field.Condition, fieldPath + ".Condition", earlier);
                    if (field.HasAnswer && field.Key.Length > 0)
                    {
                        earlier[field.Key] = field;
                    }
                }
            }
        }

        if (count > MaxFields)
        {
            Add("Pages", $"Un modulo può avere al massimo {MaxFields} domande.");
        }

        CheckSettings(form);
        if (form.Settings.StoreEntries
            && form.AllFields().Any(f => f.HasAnswer && f.Type is not (FormFieldType.Hidden or FormFieldType.Consent))
            && !form.AllFields().Any(f => f.Type == FormFieldType.Consent && f.Required))
        {
            Add("Pages", "Un modulo che conserva le risposte deve avere un campo obbligatorio di consenso al trattamento dei dati.");
        }

        return errors;

        void CheckKey(string key, string path, string what)
        {
            if (!KeyPattern().IsMatch(key))
            {
                Add(path + ".Key", $"Il codice {what} deve iniziare con una lettera minuscola e contenere solo lettere minuscole, cifre, trattini o trattini bassi (massimo 60 caratteri).");
            }
            else if (!keys.Add(key))
            {
                Add(path + ".Key", $"Il codice «{key}» è già usato nel modulo: ogni pagina, gruppo e domanda ne ha uno diverso.");
            }
        }

        void CheckText(string? text, string path, int max, string what)
        {
            if (text is { Length: > 0 } && text.Length > max)
            {
                Add(path, $"{what} può avere al massimo {max} caratteri.");
            }
        }

        void CheckField(FormField field, string path)
        {
            if (field.Type != FormFieldType.Hidden && field.Type != FormFieldType.Text && string.IsNullOrWhiteSpace(field.Label))
            {
                Add(path + ".Label", "Scrivi il testo della domanda.");
            }

            CheckText(field.Label, path + ".Label", field.Type == FormFieldType.Text ? 5000 : 500, "Il testo della domanda");
            CheckText(field.Help, path + ".Help", 1000, "L'aiuto");
            CheckText(field.Placeholder, path + ".Placeholder", 200, "L'esempio");
            CheckText(field.ErrorMessage, path + ".ErrorMessage", 300, "Il messaggio di errore");
            CheckText(field.DefaultValue, path + ".DefaultValue", 500, "Il valore predefinito");
            if (field.QueryParameter is { Length: > 0 } parameter && !KeyPattern().IsMatch(parameter))
            {
                Add(path + ".QueryParameter", "Il parametro dell'indirizzo può contenere solo lettere minuscole, cifre, trattini e trattini bassi.");
            }

            if (field.Autocomplete is { Length: > 0 } autocomplete && !AutocompleteTokens.Contains(autocomplete))
            {
                Add(path + ".Autocomplete", "Scegli lo scopo del campo (autocompletamento) dall'elenco.");
            }

            if (field.MinLength is < 0 || field.MaxLength is < 1 || (field.MinLength is { } min && field.MaxLength is { } max && min > max))
            {
                Add(path + ".MaxLength", "La lunghezza minima deve essere positiva e non superare la massima.");
            }

            var limit = field.Type == FormFieldType.LongText ? LongTextLimit : ShortTextLimit;
            if (field.MaxLength > limit)
            {
                Add(path + ".MaxLength", $"La lunghezza massima non può superare {limit} caratteri.");
            }

            if (field.Pattern is { Length: > 0 } pattern)
            {
                if (pattern.Length > 500)
                {
                    Add(path + ".Pattern", "L'espressione regolare è troppo lunga.");
                }
                else
                {
                    try
                    {
                        _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
                    }
                    catch (ArgumentException)
                    {
                        Add(path + ".Pattern", "L'espressione regolare non è valida.");
                    }
                }
            }

            switch (field.Type)
            {
                case FormFieldType.Number:
                    CheckBounds(field, path, s => FormVisibility.TryNumber(s, out _), "un numero");
                    break;
                case FormFieldType.Date:
                    CheckBounds(field, path, FormVisibility.IsIsoDate, "una data (aaaa-mm-gg)");
                    break;
                case FormFieldType.SingleChoice or FormFieldType.MultipleChoice:
                    CheckOptions(field.Options, path + ".Options", field.Type == FormFieldType.SingleChoice ? 2 : 1, "le scelte");
                    break;
                case FormFieldType.Scale:
                    CheckScale(field, path);
                    break;
                case FormFieldType.Matrix:
                    CheckScale(field, path);
                    CheckOptions(field.Rows, path + ".Rows", 1, "le affermazioni");
                    break;
                case FormFieldType.File:
                    if (field.FileTypes.Count == 0 || field.FileTypes.Any(t => !FileTypes.Contains(t)))
                    {
                        Add(path + ".FileTypes", "Scegli almeno un tipo di file tra quelli ammessi.");
                    }

                    if (field.MaxFileMb is < 1 or > MaxFileMbLimit)
                    {
                        Add(path + ".MaxFileMb", $"La dimensione massima deve essere tra 1 e {MaxFileMbLimit} MB.");
                    }

                    break;
            }
        }

        void CheckBounds(FormField field, string path, Func<string, bool> valid, string what)
        {
            foreach (var (value, name) in new[] { (field.Min, "Min"), (field.Max, "Max") })
            {
                if (value is { Length: > 0 } && !valid(value))
                {
                    Add($"{path}.{name}", $"Il limite deve essere {what}.");
                }
            }
        }

        void CheckScale(FormField field, string path)
        {
            if (field.ScaleMax is < 2 or > 10)
            {
                Add(path + ".ScaleMax", "La scala deve andare da 1 a un valore tra 2 e 10.");
            }
        }

        void CheckOptions(List<FormOption> options, string path, int minimum, string what)
        {
            if (options.Count < minimum)
            {
                Add(path, minimum == 1 ? $"Aggiungi almeno una voce tra {what}." : $"Aggiungi almeno {minimum} voci tra {what}.");
            }

            if (options.Count > 100)
            {
                Add(path, "Al massimo 100 voci.");
            }

            var values = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < options.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(options[i].Label) || options[i].Label.Length > 300)
                {
                    Add($"{path}[{i}].Label", "Ogni voce ha un testo di al massimo 300 caratteri.");
                }

                if (!KeyPattern().IsMatch(options[i].Value) && !NumberKeyPattern().IsMatch(options[i].Value))
                {
                    Add($"{path}[{i}].Value", "Il codice della voce può contenere solo lettere minuscole, cifre, trattini e trattini bassi.");
                }
                else if (!values.Add(options[i].Value))
                {
                    Add($"{path}[{i}].Value", $"Il codice «{options[i].Value}» è ripetuto.");
                }
            }
        }

        void CheckCondition(FormCondition? condition, string path, Dictionary<string, FormField> available)
        {
            if (condition is null)
            {
                return;
            }

            if (condition.Rules.Count > 20)
            {
                Add(path, "Una condizione può avere al massimo 20 regole.");
            }

            for (var i = 0; i < condition.Rules.Count; i++)
            {
                var rule = condition.Rules[i];
                var rulePath = $"{path}.Rules[{i}]";
                if (!available.TryGetValue(rule.Field, out var target))
                {
                    Add(rulePath + ".Field", "Una condizione può guardare solo una domanda che viene prima.");
                    continue;
                }

                if (target.Type is FormFieldType.Matrix or FormFieldType.File)
                {
                    Add(rulePath + ".Field", "Una condizione non può guardare una matrice o un file.");
                }

                if (rule.Operator != RuleOperator.IsEmpty && string.IsNullOrWhiteSpace(rule.Value))
                {
                    Add(rulePath + ".Value", "Scrivi il valore da confrontare.");
                }
                else if (rule.Operator == RuleOperator.GreaterThan && !FormVisibility.TryNumber(rule.Value!, out _) && !FormVisibility.IsIsoDate(rule.Value!.Trim()))
                {
                    Add(rulePath + ".Value", "«maggiore di» confronta un numero o una data (aaaa-mm-gg).");
                }

                if (rule.Value is { Length: > 300 })
                {
                    Add(rulePath + ".Value", "Il valore da confrontare è troppo lungo.");
                }
            }
        }

        void CheckSettings(FormDocument document)
        {
            var s = document.Settings;
            CheckText(s.SubmitLabel, "Settings.SubmitLabel", 60, "Il testo del pulsante");
            CheckText(s.ConfirmationMessage, "Settings.ConfirmationMessage", 5000, "Il messaggio di conferma");
            if (s.RedirectUrl is { Length: > 0 } url && !IsSafeRedirect(url))
            {
                Add("Settings.RedirectUrl", "Il reindirizzamento deve essere un indirizzo del sito (che inizia con /) o un indirizzo https://.");
            }

            if (s.NotifyEmails.Count > 20)
            {
                Add("Settings.NotifyEmails", "Al massimo 20 indirizzi da avvisare.");
            }

            foreach (var email in s.NotifyEmails)
            {
                if (!IsEmail(email))
                {
                    Add("Settings.NotifyEmails", $"«{email}» non è un indirizzo email valido.");
                }
            }

            foreach (var role in s.NotifyRoles.Concat(s.ReaderRoles).Concat(s.SensitiveReaderRoles))
            {
                if (!Roles.All.Contains(role))
                {
                    Add("Settings.Roles", $"Il ruolo «{role}» non esiste.");
                }
            }

            if (s.RetentionDays is < 1 or > 3650)
            {
                Add("Settings.RetentionDays", "La conservazione deve essere tra 1 e 3650 giorni (oppure vuota per non cancellare).");
            }

            if (s.OpensUtc is { } opens && s.ClosesUtc is { } closes && closes <= opens)
            {
                Add("Settings.ClosesUtc", "La chiusura deve venire dopo l'apertura.");
            }

            if ((s.ConfirmationEmail || s.OneAnswerPerPerson) && !document.AllFields().Any(f => f.Type == FormFieldType.Email))
            {
                Add("Settings.ConfirmationEmail", "Per la conferma via email o per una sola risposta a persona serve una domanda di tipo email.");
            }
        }
    }

    public static bool IsEmail(string? value) =>
        value is { Length: > 2 and <= 254 } && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim()
            && EmailShape().IsMatch(value.Trim());

    public static bool IsSafeRedirect(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal))
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,59}$")]
    public static partial Regex KeyPattern();

    [GeneratedRegex("^[0-9][a-z0-9_-]{0,59}$")]
    private static partial Regex NumberKeyPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();
}
