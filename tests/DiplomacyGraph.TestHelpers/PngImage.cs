using System.Buffers.Binary;
using System.IO.Compression;

namespace DiplomacyGraph.Tests.Notebooks;

/// <summary>
/// Just enough of a PNG decoder to measure a screenshot: 8-bit RGB or RGBA, non-interlaced (what Chromium and
/// rsvg-convert write). Gives each pixel's luminance.
/// </summary>
internal sealed class PngImage
{
    private PngImage(int width, int height, byte[] luminance)
    {
        Width = width;
        Height = height;
        Luminance = luminance;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row by row, 0 (black) to 255 (white).</summary>
    public byte[] Luminance { get; }

    /// <summary>The standard deviation of the luminance: 0 for a blank image.</summary>
    public double Deviation
    {
        get
        {
            var mean = Luminance.Average(b => (double)b);
            return Math.Sqrt(Luminance.Average(b => (b - mean) * (b - mean)));
        }
    }

    /// <summary>The share of pixels darker than near-white: how much of the image has something drawn.</summary>
    public double Inked => Luminance.Count(b => b < 230) / (double)Luminance.Length;

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), $"{path} is not a PNG");
        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var chunk = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(chunk);
                height = BinaryPrimitives.ReadInt32BigEndian(chunk[4..]);
                Assert.True(chunk[8] == 8 && chunk[12] == 0, $"{path}: only 8-bit non-interlaced PNGs are read here");
                channels = chunk[9] switch { 2 => 3, 6 => 4, _ => throw new NotSupportedException($"{path}: colour type {chunk[9]}") };
            }
            else if (type == "IDAT")
            {
                data.Write(chunk);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, Unfilter(inflated.ToArray(), width, height, channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var previous = new byte[stride];
        var current = new byte[stride];
        var luminance = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, current, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                var left = i >= channels ? current[i - channels] : 0;
                var up = previous[i];
                var upLeft = i >= channels ? previous[i - channels] : 0;
                current[i] = (byte)(current[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                });
            }

            for (var x = 0; x < width; x++)
            {
                var p = x * channels;
                luminance[(y * width) + x] = (byte)(((current[p] * 299) + (current[p + 1] * 587) + (current[p + 2] * 114)) / 1000);
            }

            (previous, current) = (current, previous);
        }

        return luminance;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
