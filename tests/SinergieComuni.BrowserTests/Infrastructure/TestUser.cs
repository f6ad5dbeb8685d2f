namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>Credentials of a person the tests sign in as; every test makes its own, so tests never share accounts.</summary>
public sealed record TestUser(string Email, string Password, string DisplayName)
{
    /// <summary>Satisfies the site's rules: 12+ characters, upper and lower case, a digit, a symbol.</summary>
    public const string StrongPassword = "Conciliazione-2025!";

    public static TestUser CreateUnique(string prefix, string displayName = "Persona di prova") =>
        new($"{prefix}-{Guid.NewGuid():N}@prova.sinergiecomuni.test", StrongPassword, displayName);
}
