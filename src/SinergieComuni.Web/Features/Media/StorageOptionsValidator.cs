using Microsoft.Extensions.Options;

namespace SinergieComuni.Web.Features.Media;

/// <summary>Stops the site at start-up, in Italian, when the storage it is told to use is not fully configured.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!options.UsesS3)
        {
            return string.Equals(options.Provider, StorageOptions.Disk, StringComparison.OrdinalIgnoreCase)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"Storage:Provider «{options.Provider}» non è valido: usare «Disk» o «S3».");
        }

        var s3 = options.S3;
        var failures = new List<string>();
        foreach (var (key, value) in new[] { ("ServiceUrl", s3.ServiceUrl), ("Bucket", s3.Bucket), ("AccessKey", s3.AccessKey), ("SecretKey", s3.SecretKey), ("Region", s3.Region) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"Storage:S3:{key} è obbligatorio quando Storage:Provider è «S3».");
            }
        }

        if (!string.IsNullOrWhiteSpace(s3.ServiceUrl)
            && !(Uri.TryCreate(s3.ServiceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
        {
            failures.Add($"Storage:S3:ServiceUrl «{s3.ServiceUrl}» non è un indirizzo http o https valido.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
