using System.Buffers.Binary;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// The pixel size written in an image's header (PNG IHDR, JPEG SOF, GIF screen, WebP VP8/VP8L/VP8X), read without
/// decoding anything: a decompression bomb is refused before any decoder sees it.
/// </summary>
public static class ImageHeader
{
    /// <summary>Width and height as stored (before any EXIF rotation), or null when the header cannot be read.</summary>
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> data, FileInspector.Kind kind)
    {
        try
        {
            return kind.Name switch
            {
                "png" => Png(data),
                "jpeg" => Jpeg(data),
                "gif" => data.Length >= 10 ? Positive(BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..])) : null,
                "webp" => WebP(data),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static (int, int)? Png(ReadOnlySpan<byte> data) =>
        data.Length >= 24 && data.Slice(12, 4).SequenceEqual("IHDR"u8)
            ? Positive(BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]))
            : null;

    private static (int, int)? Jpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 1 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                return null;
            }

            while (i < data.Length && data[i] == 0xFF)
            {
                i++;
            }

            if (i >= data.Length)
            {
                return null;
            }

            var marker = data[i];
            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                i++;
                continue;
            }

            if (marker is 0xD9 or 0xDA || i + 2 >= data.Length)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 1)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return i + 8 < data.Length
                    ? Positive(BinaryPrimitives.ReadUInt16BigEndian(data[(i + 6)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 4)..]))
                    : null;
            }

            i += 1 + length;
        }

        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> data)
    {
        if (data.Length < 30)
        {
            return null;
        }

        var chunk = data.Slice(12, 4);
        var body = data[20..];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return Positive(Uint24(body[4..]) + 1, Uint24(body[7..]) + 1);
        }

        if (chunk.SequenceEqual("VP8L"u8) && body[0] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(body[1..]);
            return Positive((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8 "u8) && body[3] == 0x9D && body[4] == 0x01 && body[5] == 0x2A)
        {
            return Positive(BinaryPrimitives.ReadUInt16LittleEndian(body[6..]) & 0x3FFFu, BinaryPrimitives.ReadUInt16LittleEndian(body[8..]) & 0x3FFFu);
        }

        return null;
    }

    private static uint Uint24(ReadOnlySpan<byte> bytes) => bytes[0] | ((uint)bytes[1] << 8) | ((uint)bytes[2] << 16);

    private static (int, int)? Positive(uint width, uint height) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue ? ((int)width, (int)height) : null;
}
