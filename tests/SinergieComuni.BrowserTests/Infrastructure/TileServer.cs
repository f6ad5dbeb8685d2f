using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>
/// A map tile server on its own loopback port (so another origin, as a real one): a plain 256×256 PNG for any path.
/// The machines that run the tests have no internet, so tile.openstreetmap.org never answers.
/// </summary>
public sealed class TileServer : IAsyncDisposable
{
    /// <summary>A light grey 256×256 PNG.</summary>
    private static readonly byte[] Tile = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAQAAAAEACAIAAADTED8xAAACAElEQVR42u3TQQkAAAgEweuf1IdgBd9mcGASLGyqB96KBBgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAw" +
        "ABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGwAAqYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAA" +
        "YAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4AB" +
        "wABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwAAYQAUMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYA" +
        "A4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA2AAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwA" +
        "BgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAHAt3Lkpbv6qiO0AAAAASUVORK5CYII=");

    private readonly WebApplication app;
    private int requests;
    private bool disposed;

    private TileServer(WebApplication app) => this.app = app;

    /// <summary>The template for the site's Maps:TileUrl, for example http://127.0.0.1:41235/{z}/{x}/{y}.png.</summary>
    public string UrlTemplate { get; private set; } = "";

    /// <summary>How many tiles have been asked for so far.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Starts the server; synchronous because it is needed while the site's host is being configured.</summary>
    public static TileServer Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new TileServer(app);
        app.Run(server.AnswerAsync);
        app.Start();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The tile server started without a listening address.");
        server.UrlTemplate = address.TrimEnd('/') + "/{z}/{x}/{y}.png";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        context.Response.ContentType = "image/png";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = Tile.Length;
        await context.Response.Body.WriteAsync(Tile, context.RequestAborted);
    }
}
