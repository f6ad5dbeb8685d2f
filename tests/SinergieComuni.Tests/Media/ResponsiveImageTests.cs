using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Media;

public sealed class ResponsiveImageTests
{
    private static readonly Guid Id = Guid.Parse("7d6f4a52-3a43-4a43-9a43-0d6f4a523a43");

    [Fact]
    public void Offers_webp_and_jpeg_at_the_configured_widths_up_to_the_original_width()
    {
        var image = ResponsiveImage.For(Id, "foto.jpg", 900, 600, new ImageOptions());

        Assert.Equal($"/file/{Id}/foto.jpg?width=320&format=webp 320w, /file/{Id}/foto.jpg?width=480&format=webp 480w, /file/{Id}/foto.jpg?width=640&format=webp 640w, /file/{Id}/foto.jpg?width=800&format=webp 800w", image.WebpSrcset);
        Assert.Contains("format=jpeg 800w", image.JpegSrcset, StringComparison.Ordinal);
        Assert.DoesNotContain("1024w", image.JpegSrcset, StringComparison.Ordinal);
        Assert.Equal($"/file/{Id}/foto.jpg?width=800&format=jpeg", image.Src);
        Assert.Equal((800, 533), (image.Width, image.Height));
    }

    [Fact]
    public void A_named_crop_gives_its_ratio_and_names_the_crop_in_every_url()
    {
        var image = ResponsiveImage.For(Id, "foto.jpg", 4000, 3000, new ImageOptions(), crop: "card-16-9");

        Assert.Equal((1600, 900), (image.Width, image.Height));
        Assert.All(image.WebpSrcset.Split(", "), candidate => Assert.Contains("&crop=card-16-9", candidate, StringComparison.Ordinal));
    }

    [Fact]
    public void A_smaller_original_than_every_width_still_gets_one_candidate_and_unresizable_images_only_the_original()
    {
        var small = ResponsiveImage.For(Id, "icona.png", 100, 100, new ImageOptions());
        Assert.Equal($"/file/{Id}/icona.png?width=320&format=webp 320w", small.WebpSrcset);

        var gif = ResponsiveImage.For(Id, "anim.gif", 300, 200, new ImageOptions(), canResize: false);
        Assert.Equal(($"/file/{Id}/anim.gif", "", 300, 200), (gif.Src, gif.WebpSrcset, gif.Width, gif.Height));
    }
}
