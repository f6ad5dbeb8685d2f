using System.Buffers.Binary;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Removes metadata (EXIF with GPS, XMP, IPTC, comments, text chunks) from JPEG, PNG and WebP files without
/// re-encoding a pixel. A JPEG keeps its JFIF header, its colour profile and Adobe marker, and — so that phone photos
/// stay upright — a new EXIF block with the orientation only.
/// </summary>
public static class MetadataStripper
{
    private static readonly HashSet<string> PngDropped = ["eXIf", "tEXt", "iTXt", "zTXt", "tIME"];

    /// <summary>The cleaned bytes and the EXIF orientation (1 when there is none); null when the file's structure is broken.</summary>
    public static (byte[] Bytes, int Orientation)? Strip(byte[] data, FileInspector.Kind kind)
    {
        try
        {
            return kind.Name switch
            {
                "jpeg" => Jpeg(data),
                "png" => Png(data) is { } png ? (png, 1) : null,
                "webp" => WebP(data) is { } webp ? (webp, 1) : null,
                _ => (data, 1),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static (byte[], int)? Jpeg(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write([0xFF, 0xD8]);
        var orientation = 1;
        var exifWritten = false;
        var exifSeen = false;
        var i = 2;
        while (true)
        {
            if (i + 1 >= data.Length || data[i] != 0xFF)
            {
                return null;
            }

            var start = i;
            while (i < data.Length && data[i] == 0xFF)
            {
                i++;
            }

            var marker = data[i];
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                output.Write(data.AsSpan(start, i + 1 - start));
                i++;
                continue;
            }

            if (marker == 0xD9)
            {
                output.Write([0xFF, 0xD9]);
                return (output.ToArray(), orientation);
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(i + 1));
            var end = i + 1 + length;
            if (length < 2 || end > data.Length)
            {
                return null;
            }

            var payload = data.AsSpan(i + 3, length - 2);
            var keep = marker switch
            {
                0xE0 => true,
                0xE1 => false,
                0xE2 => payload.StartsWith("ICC_PROFILE\0"u8),
                0xEE => payload.StartsWith("Adobe"u8),
                >= 0xE3 and <= 0xEF => false,
                0xFE => false,
                _ => true,
            };
            if (marker == 0xE1 && payload.StartsWith("Exif\0\0"u8) && !exifSeen)
            {
                // Readers take the first EXIF block; later ones are ignored, and dropped here like it.
                orientation = Orientation(payload[6..]);
                exifSeen = true;
            }

            if (marker != 0xE0 && !exifWritten && orientation != 1 && keep)
            {
                // The first segment that stays after the metadata: the orientation goes just before it.
                output.Write(ExifWithOrientation(orientation));
                exifWritten = true;
            }

            if (marker == 0xDA)
            {
                if (!exifWritten && orientation != 1)
                {
                    output.Write(ExifWithOrientation(orientation));
                }

                // Start of scan: the compressed picture and the end marker follow; anything after the end marker is dropped.
                var rest = data.AsSpan(start);
                ReadOnlySpan<byte> endMarker = [0xFF, 0xD9];
                var eoi = rest.LastIndexOf(endMarker);
                output.Write(eoi > 0 ? rest[..(eoi + 2)] : rest);
                return (output.ToArray(), orientation);
            }

            if (keep)
            {
                output.Write(data.AsSpan(start, end - start));
            }

            i = end;
        }
    }

    /// <summary>The orientation tag (0x0112) of IFD0 of a TIFF block, 1 when it is missing or odd.</summary>
    private static int Orientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return 1;
        }

        var little = tiff[0] == 'I';
        ushort U16(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);
        uint U32(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);
        var ifd = (int)Math.Min(U32(tiff[4..]), int.MaxValue);
        if (ifd + 2 > tiff.Length)
        {
            return 1;
        }

        var count = U16(tiff[ifd..]);
        for (var e = 0; e < count && ifd + 2 + ((e + 1) * 12) <= tiff.Length; e++)
        {
            var entry = tiff.Slice(ifd + 2 + (e * 12), 12);
            if (U16(entry) == 0x0112)
            {
                var value = U16(entry[8..]);
                return value is >= 1 and <= 8 ? value : 1;
            }
        }

        return 1;
    }

    private static byte[] ExifWithOrientation(int orientation) =>
    [
        0xFF, 0xE1, 0x00, 0x22,
        (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
        (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
        0x00, 0x01,
        0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, (byte)orientation, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];

    private static byte[]? Png(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(data.AsSpan(0, 8));
        var i = 8;
        while (i + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(i));
            if (length > int.MaxValue - 12 || i + 12 + (long)length > data.Length)
            {
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(data, i + 4, 4);
            var total = 12 + (int)length;
            if (!PngDropped.Contains(type))
            {
                output.Write(data.AsSpan(i, total));
            }

            i += total;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }

        return null;
    }

    private static byte[]? WebP(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(data.AsSpan(0, 12));
        var riffEnd = (int)Math.Min(data.Length, 8L + BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4)));
        var i = 12;
        while (i + 8 <= riffEnd)
        {
            var type = System.Text.Encoding.ASCII.GetString(data, i, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(i + 4));
            var total = 8 + (long)size + (size % 2);
            if (i + 8 + (long)size > data.Length)
            {
                return null;
            }

            total = Math.Min(total, data.Length - i);
            if (type is not "EXIF" and not "XMP ")
            {
                var start = (int)output.Position;
                output.Write(data.AsSpan(i, (int)total));
                if (type == "VP8X")
                {
                    // Flags: no EXIF (0x08), no XMP (0x04) any more.
                    output.Position = start + 8;
                    output.WriteByte((byte)(data[i + 8] & ~0x0C));
                    output.Position = output.Length;
                }
            }

            i += (int)total;
        }

        var bytes = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        return bytes;
    }
}
