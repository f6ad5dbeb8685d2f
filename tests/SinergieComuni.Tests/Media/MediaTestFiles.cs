using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SinergieComuni.Tests.Media;

/// <summary>Files built byte by byte for the upload tests: tiny valid images, a PNG bomb, a bare ZIP, a JPEG with GPS metadata.</summary>
public static class MediaTestFiles
{
    /// <summary>The smallest valid PNG: a 1×1 transparent pixel.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    /// <summary>A 1×1 GIF.</summary>
    public static byte[] Gif { get; } = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    public static byte[] Php { get; } = "<?php system($_GET['c']); ?>"u8.ToArray();

    public static byte[] SvgWithScript { get; } = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray();

    /// <summary>A PNG whose header says 20,000 × 20,000 pixels, with a few bytes of compressed data: a decompression bomb.</summary>
    public static byte[] PngBomb()
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 20_000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 20_000);
        header[8] = 8;
        header[9] = 2;
        Chunk(output, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[4096]);
        }

        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A plain ZIP archive (no Office parts).</summary>
    public static byte[] Zip()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("leggimi.txt").Open());
            writer.Write("Non sono un documento Word.");
        }

        return output.ToArray();
    }

    /// <summary>
    /// <paramref name="jpeg"/> with an EXIF block (orientation 6 and a GPS latitude), an XMP block naming the GPS
    /// position and a comment, as phones and editing programs write them.
    /// </summary>
    public static byte[] WithGps(byte[] jpeg)
    {
        // TIFF, big-endian: IFD0 = orientation 6 and a pointer to the GPS IFD; GPS IFD = latitude ref "N" and latitude 45/1, 21/1, 30/1.
        var tiff = new MemoryStream();
        void U16(int v) { Span<byte> b = stackalloc byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)v); tiff.Write(b); }
        void U32(uint v) { Span<byte> b = stackalloc byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, v); tiff.Write(b); }
        tiff.Write("MM"u8);
        U16(42);
        U32(8);
        U16(2);
        U16(0x0112); U16(3); U32(1); U16(6); U16(0);
        U16(0x8825); U16(4); U32(1); U32(8 + 2 + 24 + 4);
        U32(0);
        U16(2);
        U16(0x0001); U16(2); U32(2); tiff.Write("N\0\0\0"u8);
        U16(0x0002); U16(5); U32(3); U32(8 + 2 + 24 + 4 + 2 + 24 + 4);
        U32(0);
        U32(45); U32(1); U32(21); U32(1); U32(30); U32(1);
        var exif = Concat("Exif\0\0"u8.ToArray(), tiff.ToArray());
        var xmp = Concat("http://ns.adobe.com/xap/1.0/\0"u8.ToArray(), "<x:xmpmeta><exif:GPSLatitude>45,21.5N</exif:GPSLatitude></x:xmpmeta>"u8.ToArray());
        var comment = "Scattata in via Roma 1, Melegnano"u8.ToArray();
        return Concat(jpeg[..2], Segment(0xE1, exif), Segment(0xE1, xmp), Segment(0xFE, comment), jpeg[2..]);
    }

    public static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        output.Write(number);
        var typed = Concat(Encoding.ASCII.GetBytes(type), data);
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        output.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
