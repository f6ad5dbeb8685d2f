namespace SinergieComuni.Web.Features.Documents;

/// <summary>One page of /documenti, with what the filter form offers.</summary>
public sealed record DocumentListPage(
    IReadOnlyList<DocumentSummary> Items,
    int Number,
    int PageCount,
    int TotalCount,
    IReadOnlyList<LibraryVocabulary.Term> Organisations,
    IReadOnlyList<int> Years)
{
    public const int Size = 10;
}
