using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SinergieComuni.Web.Infrastructure;

/// <summary>Tells the person who started the site where it answers.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("SinergieComuni è pronto.");
        foreach (var address in addresses)
        {
            Console.WriteLine($"  Sito pubblico: {address}/");
            Console.WriteLine($"  Backoffice:    {address}/backoffice");
        }
        Console.WriteLine();
    }
}
