using Microsoft.AspNetCore.Identity;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Features.Content;

/// <summary>The signed-in person of the current request as a content actor (roles from the cookie, organisation from the account).</summary>
public sealed class BackofficeActor(IHttpContextAccessor http, UserManager<AppUser> users)
{
    private ContentActor? _actor;

    public async Task<ContentActor> GetAsync()
    {
        if (_actor is not null)
        {
            return _actor;
        }

        var principal = http.HttpContext?.User ?? throw new InvalidOperationException("No request.");
        var account = await users.GetUserAsync(principal);
        return _actor = ContentActor.From(principal, account);
    }
}
