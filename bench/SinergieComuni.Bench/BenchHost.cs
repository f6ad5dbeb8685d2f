using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SinergieComuni.Bench;

/// <summary>
/// The site on a real loopback port (Kestrel), Production settings, on a new SQLite database; <paramref name="settings"/>
/// override any configuration key, e.g. Database:Provider=Postgres and ConnectionStrings:Sinergie.
/// </summary>
internal sealed class BenchHost(string dataPath, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/SinergieComuni.Web")));
        builder.UseEnvironment("Production");
        builder.UseSetting("App:DataPath", dataPath);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
