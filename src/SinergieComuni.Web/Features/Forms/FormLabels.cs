namespace SinergieComuni.Web.Features.Forms;

/// <summary>The Italian names editors read for field types, input purposes and condition operators.</summary>
public static class FormLabels
{
    public static string FieldType(FormFieldType type) => type switch
    {
        FormFieldType.ShortText => "Testo breve",
        FormFieldType.LongText => "Testo lungo",
        FormFieldType.Email => "Email",
        FormFieldType.Phone => "Telefono",
        FormFieldType.Number => "Numero",
        FormFieldType.Date => "Data",
        FormFieldType.SingleChoice => "Scelta singola",
        FormFieldType.MultipleChoice => "Scelta multipla",
        FormFieldType.Scale => "Scala 1–5",
        FormFieldType.Matrix => "Matrice di scale",
        FormFieldType.File => "Caricamento file",
        FormFieldType.Consent => "Consenso al trattamento dei dati",
        FormFieldType.Hidden => "Campo nascosto",
        FormFieldType.Text => "Titolo o testo descrittivo",
        _ => type.ToString(),
    };

    /// <summary>What an autocomplete token asks the browser to fill in (see <see cref="FormRules.AutocompleteTokens"/>).</summary>
    public static string Autocomplete(string token) => token switch
    {
        "name" => "Nome e cognome",
        "given-name" => "Nome",
        "family-name" => "Cognome",
        "email" => "Indirizzo email",
        "tel" => "Numero di telefono",
        "street-address" => "Indirizzo (via e numero civico)",
        "address-level2" => "Comune",
        "postal-code" => "CAP",
        "organization" => "Organizzazione o ente",
        "organization-title" => "Ruolo nell'organizzazione",
        "bday" => "Data di nascita",
        "sex" => "Genere",
        "off" => "Nessun completamento automatico",
        _ => token,
    };

    public static string Operator(RuleOperator op) => op switch
    {
        RuleOperator.Equals => "uguale a",
        RuleOperator.NotEquals => "diverso da",
        RuleOperator.Contains => "contiene",
        RuleOperator.IsEmpty => "è vuoto",
        RuleOperator.GreaterThan => "maggiore di",
        _ => op.ToString(),
    };
}
