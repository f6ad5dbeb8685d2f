using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Features.Content;

/// <summary>The editable content types: their document, Italian names, public address and who may edit them.</summary>
public static class ContentTypes
{
    public const string Page = "page";
    public const string Service = "service";
    public const string Organisation = "organisation";
    public const string Form = "form";
    public const string News = "news";
    public const string Event = "event";
    public const string Document = "document";

    public static IReadOnlyList<ContentTypeDefinition> All { get; } =
    [
        new(Page, typeof(PageDocument), "pagina", "Pagine", "pagine", PartnersMayEdit: false, PublicPrefix: "/"),
        new(Service, typeof(ServiceCardDocument), "scheda servizio", "Schede servizio", "servizi", PartnersMayEdit: true, PublicPrefix: "/servizi/"),
        new(Organisation, typeof(OrganisationDocument), "organizzazione", "Organizzazioni", "organizzazioni", PartnersMayEdit: true, PublicPrefix: "/organizzazioni/"),
        new(Form, typeof(Forms.FormDocument), "modulo", "Moduli", "moduli", PartnersMayEdit: false, PublicPrefix: "/moduli/", Masculine: true),
        new(Document, typeof(Documents.LibraryDocument), "documento", "Documenti", "documenti", PartnersMayEdit: false, PublicPrefix: "/documenti/", Masculine: true),
        new(News, typeof(Editorial.NewsDocument), "notizia", "Notizie", "notizie", PartnersMayEdit: false, PublicPrefix: "/notizie/"),
        new(Event, typeof(Editorial.EventDocument), "evento", "Eventi", "eventi", PartnersMayEdit: false, PublicPrefix: "/eventi/", Masculine: true),
    ];

    public static ContentTypeDefinition Get(string key) =>
        Find(key) ?? throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown content type.");

    public static ContentTypeDefinition? Find(string? key) => All.FirstOrDefault(t => t.Key == key);

    public static ContentTypeDefinition? FindBySegment(string? segment) => All.FirstOrDefault(t => t.BackofficeSegment == segment);
}

/// <summary>One content type. <paramref name="PublicPrefix"/> plus the slug is the public address.</summary>
public sealed record ContentTypeDefinition(
    string Key,
    Type DocumentType,
    string SingularLabel,
    string PluralLabel,
    string BackofficeSegment,
    bool PartnersMayEdit,
    string PublicPrefix,
    bool Masculine = false)
{
    /// <summary>"Nuova pagina", "Nuovo modulo".</summary>
    public string NewLabel => (Masculine ? "Nuovo " : "Nuova ") + SingularLabel;

    /// <summary>"un'altra pagina", "un altro modulo".</summary>
    public string AnotherLabel => (Masculine ? "un altro " : "un'altra ") + SingularLabel;

    /// <summary>Agreement of a past participle: "creata", "creato".</summary>
    public string Agree(string feminine) => Masculine && feminine.EndsWith('a') ? feminine[..^1] + "o" : feminine;

    /// <summary>"le pagine", "i moduli".</summary>
    public string PluralWithArticle => (Masculine ? "i " : "le ") + PluralLabel.ToLowerInvariant();

    public string PublicPath(string slug) =>
        Key == ContentTypes.Page && slug == PageSlugs.Home ? "/" : PublicPrefix + slug;
}

public static class PageSlugs
{
    /// <summary>The page served at "/".</summary>
    public const string Home = "home";
}
