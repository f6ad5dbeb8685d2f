using Microsoft.Extensions.Options;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>Absolute addresses for feeds and calendars: App:PublicBaseUrl, or the request's own host.</summary>
public sealed class PublicUrls(IOptions<AppOptions> options, IHttpContextAccessor accessor)
{
    public string Base
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
            {
                return options.Value.PublicBaseUrl.TrimEnd('/');
            }

            var request = accessor.HttpContext?.Request;
            return request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}";
        }
    }

    public string Absolute(string path) => Base + path;

    /// <summary>The host name, for iCalendar UIDs.</summary>
    public string Host => Uri.TryCreate(Base, UriKind.Absolute, out var uri) ? uri.Host : "sinergiecomuni";
}
