using Microsoft.AspNetCore.Hosting;

namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>The site with its map tiles from a <see cref="TileServer"/> on the loopback interface instead of OpenStreetMap.</summary>
public sealed class MapSiteServerFixture : SiteServerFixture
{
    public TileServer Tiles { get; } = TileServer.Start();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Tiles.DisposeAsync();
    }

    protected override void ConfigureSite(IWebHostBuilder builder) =>
        builder.UseSetting("Maps:TileUrl", Tiles.UrlTemplate);
}
