namespace SinergieComuni.Web.Features.Media;

/// <summary>The one shape of a storage key every <see cref="IFileStorage"/> accepts: ASCII letters, digits and hyphens, 1–100 characters.</summary>
public static class StorageKeys
{
    public static string Checked(string key) =>
        key.Length is > 0 and <= 100 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? key
            : throw new ArgumentException("Invalid storage key.", nameof(key));
}
