namespace SinergieComuni.Web.Infrastructure;

/// <summary>One step of the breadcrumb; the last step has no URL (it is the current page).</summary>
public sealed record Breadcrumb(string Label, string? Url = null)
{
    public const string ViewDataKey = "Breadcrumb";
}
