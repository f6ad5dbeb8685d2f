using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.OutputCaching;

namespace SinergieComuni.Web.Features.PageCache;

/// <summary>
/// Every public Razor Page gets the public-page cache policy, new folders included; the backoffice, the account
/// pages, the forms (antiforgery tokens) and the error page never do.
/// </summary>
public sealed class PublicPageCacheConvention : IPageApplicationModelConvention
{
    private static readonly string[] ExcludedFolders = ["/Backoffice/", "/Account/", "/Forms/"];

    public void Apply(PageApplicationModel model)
    {
        if (IsPublic(model.ViewEnginePath))
        {
            model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = PageCacheFeature.PolicyName });
        }
    }

    public static bool IsPublic(string viewEnginePath) =>
        !ExcludedFolders.Any(f => viewEnginePath.StartsWith(f, StringComparison.OrdinalIgnoreCase))
        && !viewEnginePath.Equals("/Error", StringComparison.OrdinalIgnoreCase);
}
