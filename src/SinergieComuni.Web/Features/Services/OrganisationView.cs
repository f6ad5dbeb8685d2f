using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Services;

/// <summary>What the organisation template needs; <see cref="Services"/> is null when the list is not shown.</summary>
public sealed record OrganisationView(OrganisationDocument Document, DateTime UpdatedUtc, IReadOnlyList<ServiceSummary>? Services)
{
    public string Path => ContentTypes.Get(ContentTypes.Organisation).PublicPath(Document.Slug);

    public static string KindLabel(OrganisationKind kind) => kind switch
    {
        OrganisationKind.PublicBody => "Ente pubblico",
        OrganisationKind.SocialCooperative => "Cooperativa sociale",
        OrganisationKind.Company => "Impresa",
        OrganisationKind.Association => "Associazione",
        _ => "Altro",
    };

    /// <summary>The description is plain text: a blank line starts a new paragraph.</summary>
    public IReadOnlyList<string> DescriptionParagraphs =>
        string.IsNullOrWhiteSpace(Document.Description)
            ? []
            : [.. Document.Description.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
