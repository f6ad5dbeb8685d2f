using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Services;

/// <summary>
/// What the service card template needs: the document, its taxonomy keys turned into Italian labels,
/// the provider and the opening state of each venue at the moment of the request.
/// </summary>
public sealed record ServiceCardView
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    // The default JavaScript encoder escapes < > & ' ", so text such as "</script>" cannot end the JSON-LD block.
    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = JavaScriptEncoder.Default };

    public required ServiceCardDocument Document { get; init; }

    /// <summary>Uploaded images and attachments of the card, by file id.</summary>
    public IReadOnlyDictionary<string, FileLink> Files { get; init; } = new Dictionary<string, FileLink>();

    public sealed record FileLink(string Url, string ContentType, long Size)
    {
        public string SizeLabel => Size >= 1024 * 1024
            ? $"{(Size / 1048576.0).ToString("0.#", Italian)} MB"
            : $"{Math.Max(1, Size / 1024)} kB";

        public string TypeLabel => ContentType switch
        {
            "application/pdf" => "PDF",
            var t when t.Contains("wordprocessing", StringComparison.Ordinal) => "Word",
            var t when t.Contains("spreadsheet", StringComparison.Ordinal) => "foglio di calcolo",
            var t when t.Contains("opendocument.text", StringComparison.Ordinal) => "documento di testo",
            _ => "file",
        };
    }

    /// <summary>Shown as "Pagina aggiornata il".</summary>
    public required DateTime UpdatedUtc { get; init; }

    public required bool IsPreview { get; init; }

    /// <summary>The responsible organisation; null when the card has none or it is not visible.</summary>
    public Provider? Organisation { get; init; }

    public required string CategoryLabel { get; init; }

    public required IReadOnlyList<Term> Topics { get; init; }

    public required IReadOnlyList<Term> TargetGroups { get; init; }

    public required IReadOnlyList<Term> Municipalities { get; init; }

    public required IReadOnlyList<Term> Languages { get; init; }

    public required IReadOnlyList<VenueView> Venues { get; init; }

    /// <summary>Today in Europe/Rome: deadlines and hour exceptions before it are history.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>True when at least one venue is open now; null when no venue publishes its hours.</summary>
    public bool? IsOpenNow => Venues.Any(v => v.HasHours) ? Venues.Any(v => v.IsOpen) : null;

    public string Path => ContentTypes.Get(ContentTypes.Service).PublicPath(Document.Slug);

    /// <summary>The service-request form, prefilled with this service.</summary>
    public string RequestFormPath => "/moduli/" + Forms.FormImporter.ServiceRequestSlug + "?servizio=" + Uri.EscapeDataString(Document.Slug);

    /// <summary>The card takes requests through the platform and the service-request form is published.</summary>
    public bool CanRequest { get; init; }

    public bool HasAudience =>
        TargetGroups.Count > 0 || Municipalities.Count > 0 || Document.MinimumAge is not null || Document.MaximumAge is not null
        || !string.IsNullOrWhiteSpace(Document.TargetDescription);

    public bool HasTimes => Document.Deadlines.Count > 0 || Venues.Count > 0;

    public bool HasCosts => !string.IsNullOrWhiteSpace(Document.CostDescription) || Document.CostOptions.Count > 0;

    public bool HasAccess => !string.IsNullOrWhiteSpace(Document.OnlineUrl) || CanRequest;

    public bool HasMoreInformation =>
        !string.IsNullOrWhiteSpace(Document.MoreInformation) || Languages.Count > 0
        || !string.IsNullOrWhiteSpace(Document.Funding) || !string.IsNullOrWhiteSpace(Document.Programme);

    public bool HasConditions => !string.IsNullOrWhiteSpace(Document.Conditions) || Document.Attachments.Count > 0;

    /// <summary>The page's sections in the order of the model, each with its anchor; sections without content are left out.</summary>
    public IReadOnlyList<Section> Sections =>
    [
        .. new Section[]
        {
            new("who-needs", "A chi è rivolto", HasAudience),
            new("description", "Descrizione", true),
            new("how-to", "Come fare", !string.IsNullOrWhiteSpace(Document.HowToApply)),
            new("needed", "Cosa serve", Document.RequiredDocuments.Count > 0),
            new("obtain", "Cosa si ottiene", !string.IsNullOrWhiteSpace(Document.WhatYouGet)),
            new("deadlines", "Tempi e scadenze", HasTimes),
            new("costs", "Quanto costa", HasCosts),
            new("submit-request", "Accedi al servizio", HasAccess),
            new("more-info", "Ulteriori informazioni", HasMoreInformation),
            new("conditions", "Condizioni di servizio", HasConditions),
            new("contacts", "Contatti", true),
            new("topics", "Argomenti", Topics.Count > 0),
        }.Where(s => s.Present),
    ];

    public string? AgeRange => (Document.MinimumAge, Document.MaximumAge) switch
    {
        ({ } min, { } max) when min == max => $"{Years(min)}",
        ({ } min, { } max) => $"da {min.ToString(Italian)} a {Years(max)}",
        ({ } min, null) => $"dai {Years(min)} in su",
        (null, { } max) => $"fino a {Years(max)}",
        _ => null,
    };

    public static string StatusLabel(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "Servizio attivo",
        ServiceStatus.Inactive => "Servizio non attivo",
        ServiceStatus.TemporarilyClosed => "Temporaneamente sospeso",
        ServiceStatus.Defunct => "Non più erogato",
        _ => status.ToString(),
    };

    public static string CostKindLabel(CostKind kind) => kind switch
    {
        CostKind.Free => "Gratuito",
        CostKind.Paid => "A pagamento",
        CostKind.IseeBased => "In base all'ISEE",
        CostKind.CompanyWelfare => "Welfare aziendale",
        _ => kind.ToString(),
    };

    /// <summary>Euro amounts the Italian way: "€ 1.234,50".</summary>
    public static string FormatEuro(decimal amount) => "€ " + amount.ToString("#,##0.00", Italian);

    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", Italian);

    /// <summary>"dal 1 settembre 2026 al 31 luglio 2027", "dal …", "fino al …"; empty without dates.</summary>
    public static string Period(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) => $"dal {FormatDate(f)} al {FormatDate(t)}",
        ({ } f, null) => $"dal {FormatDate(f)}",
        (null, { } t) => $"fino al {FormatDate(t)}",
        _ => "",
    };

    public static string FormatTime(TimeOnly time) => time.ToString("H:mm", Italian);

    /// <summary>A tel: address: digits only, with the Italian prefix when the number has none.</summary>
    public static string TelephoneHref(string phone)
    {
        var digits = new string([.. phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
        return "tel:" + (digits.StartsWith('+') ? digits : "+39" + digits);
    }

    /// <summary>schema.org GovernmentService for search engines; <paramref name="baseUrl"/> has no trailing slash.</summary>
    public string JsonLd(string baseUrl)
    {
        var service = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "GovernmentService",
            ["name"] = Document.Title,
            ["description"] = Document.ShortDescription,
            ["serviceType"] = CategoryLabel,
            ["url"] = baseUrl + Path,
        };

        if (Organisation is { } organisation)
        {
            var operatorNode = new JsonObject
            {
                ["@type"] = organisation.Document?.Kind == OrganisationKind.PublicBody ? "GovernmentOrganization" : "Organization",
                ["name"] = organisation.Title,
            };
            if (organisation.Path is not null)
            {
                operatorNode["url"] = baseUrl + organisation.Path;
            }

            service["serviceOperator"] = operatorNode;
        }

        if (Municipalities.Count > 0)
        {
            service["areaServed"] = new JsonArray([.. Municipalities.Select(m => (JsonNode)new JsonObject { ["@type"] = "City", ["name"] = m.Label })]);
        }

        if (TargetGroups.Count > 0)
        {
            service["audience"] = new JsonArray([.. TargetGroups.Select(t => (JsonNode)new JsonObject { ["@type"] = "Audience", ["audienceType"] = t.Label })]);
        }

        var channel = new JsonObject { ["@type"] = "ServiceChannel" };
        var serviceUrl = !string.IsNullOrWhiteSpace(Document.OnlineUrl) ? Document.OnlineUrl
            : CanRequest ? baseUrl + RequestFormPath
            : null;
        if (serviceUrl is not null)
        {
            channel["serviceUrl"] = serviceUrl;
        }

        var phone = Document.Contacts.Select(c => c.Phone).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p))
            ?? Organisation?.Document?.Phone;
        if (!string.IsNullOrWhiteSpace(phone))
        {
            channel["servicePhone"] = new JsonObject { ["@type"] = "ContactPoint", ["telephone"] = phone };
        }

        if (channel.Count > 1)
        {
            service["availableChannel"] = channel;
        }

        return service.ToJsonString(JsonLdOptions);
    }

    private static string Years(int age) => age == 1 ? "1 anno" : $"{age.ToString(Italian)} anni";

    /// <summary>A taxonomy key with its Italian label.</summary>
    public sealed record Term(string Key, string Label);

    /// <summary>One entry of the page index.</summary>
    public sealed record Section(string Id, string Title, bool Present);

    /// <summary>The organisation responsible for the service; <see cref="Path"/> is null when it has no public page (preview of an unpublished one).</summary>
    public sealed record Provider(string Title, string? Path, OrganisationDocument? Document);

    /// <summary>A venue with its municipality label and opening state.</summary>
    public sealed record VenueView(Venue Venue, string MunicipalityLabel, bool IsOpen, string OpenText, IReadOnlyList<DayHours> Week, IReadOnlyList<HoursException> UpcomingExceptions)
    {
        public bool HasHours => Venue.Hours.Slots.Count > 0;

        /// <summary>"Via dei Fontanili 8, 20077 Cerro al Lambro (MI)".</summary>
        public string Address
        {
            get
            {
                var place = string.Join(" ", new[] { Venue.PostalCode, MunicipalityLabel }.Where(s => !string.IsNullOrWhiteSpace(s)));
                if (!string.IsNullOrWhiteSpace(Venue.Province))
                {
                    place += $" ({Venue.Province.ToUpperInvariant()})";
                }

                return string.Join(", ", new[] { Venue.Address, place.Trim() }.Where(s => !string.IsNullOrWhiteSpace(s)));
            }
        }

        /// <summary>Directions on OpenStreetMap to the venue's coordinates; null without coordinates.</summary>
        /// <summary>A geo: URI (RFC 5870) that phones open in their map application.</summary>
        public string? GeoUri => Venue is { Latitude: { } lat, Longitude: { } lng }
            ? string.Create(CultureInfo.InvariantCulture, $"geo:{lat},{lng}")
            : null;

        /// <summary>The public map around this venue, nearest first.</summary>
        public string? MapUrl => Venue is { Latitude: { } lat, Longitude: { } lng }
            ? string.Create(CultureInfo.InvariantCulture, $"/mappa?lat={lat}&lng={lng}&raggioKm=1&sort=distanza")
            : null;

        public string? DirectionsUrl => Venue is { Latitude: { } lat, Longitude: { } lng }
            ? "https://www.openstreetmap.org/directions?to="
                + Uri.EscapeDataString(lat.ToString(CultureInfo.InvariantCulture) + "," + lng.ToString(CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>One row of a venue's weekly timetable: the day and its intervals ("9:00–12:00, 14:00–16:00"), or null when closed.</summary>
    public sealed record DayHours(string Day, string? Hours);
}
