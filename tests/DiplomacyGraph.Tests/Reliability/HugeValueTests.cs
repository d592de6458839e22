using System.Text;
using DiplomacyGraph.Formats;
using DiplomacyGraph.Formats.GraphML;
using DiplomacyGraph.Formats.Json;
using DiplomacyGraph.Formats.Yaml;

namespace DiplomacyGraph.Tests.Reliability;

/// <summary>
/// One huge value (a 500 MB scalar took 3.7 GB) is refused once it passes <see cref="GraphReaderOptions.MaxScalarLength"/>,
/// at where it starts, without reading further: memory stays a small multiple of the limit, not of the value. The
/// inputs are generated as they are read (a stream that makes its bytes on demand), never written to disk.
/// </summary>
public sealed class HugeValueTests
{
    private const int Limit = 1024 * 1024;
    private const long Huge = 64L * 1024 * 1024;
    private static readonly GraphReaderOptions Options = new() { MaxScalarLength = Limit };

    public static TheoryData<string, string, string, int, int> Inputs() => new()
    {
        { "json string", "{\"entities\": [{\"id\": \"a\", \"kind\": \"Person\", \"name\": \"", "\"}]}", 1, 53 },
        { "json number", "{\"entities\": [{\"id\": 1", "}]}", 1, 22 },
        { "json comment", "// ", "\n{}", 1, 1 },
        { "yaml plain", "entities:\n  - id: a\n    name: ", "\n", 3, 9 },
        { "yaml quoted", "entities:\n  - id: a\n    name: \"", "\"\n", 3, 9 },
        { "yaml block", "entities:\n  - id: a\n    name: |\n      ", "\n", 3, 9 },
        { "graphml text", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\"a\"><data key=\"label\">", "</data></node></graph></graphml>", 1, 94 },
        { "graphml attribute", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node id=\"", "\"/></graph></graphml>", 1, 72 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_value_over_the_limit_is_a_located_error_and_reading_stops(string input, string before, string after, int line, int column)
    {
        using var stream = new GeneratedStream(before, input.EndsWith("number", StringComparison.Ordinal) ? '7' : 'x', Huge, after);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var e = Assert.Throws<GraphFormatException>(() => Read(input, stream));

        var error = Assert.Single(e.Errors);
        Assert.Contains("longer than 1,048,576 characters (GraphReaderOptions.MaxScalarLength)", error.Message, StringComparison.Ordinal);
        Assert.Equal((input, line, column), (input, error.Location!.Line, error.Location.Column));

        // Reading stopped within a block or two of the limit, and what was allocated is a small multiple of the limit
        // (documented in docs/limits.md), not of the 64 MiB value.
        Assert.InRange(stream.Served, Limit, Limit + (256 * 1024));
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 16L * Limit);
    }

    [Fact]
    public void A_value_just_under_the_limit_loads()
    {
        var name = new string('x', 64 * 1024);
        var small = new GraphReaderOptions { MaxScalarLength = (64 * 1024) + 100 };
        var yaml = $"entities:\n  - id: a\n    kind: Person\n    name: {name}\n";
        var json = $"{{\"entities\": [{{\"id\": \"a\", \"kind\": \"Person\", \"name\": \"{name}\"}}]}}";

        Assert.Equal(name, YamlGraphReader.Parse(yaml, "a.yaml", options: small).Entities[0].Name);
        Assert.Equal(name, JsonGraphReader.Parse(json, "a.json", options: small).Entities[0].Name);
    }

    private static DiplomaticGraph Read(string input, Stream stream) => input.Split(' ')[0] switch
    {
        "json" => JsonGraphReader.Read(stream, "huge.json", Options),
        "yaml" => YamlGraphReader.Read(stream, "huge.yaml", Options),
        _ => GraphMLGraphReader.Read(stream, "huge.graphml", Options),
    };

    /// <summary><c>before</c>, then <c>count</c> copies of one character, then <c>after</c>, made as they are read.</summary>
    private sealed class GeneratedStream(string before, char fill, long count, string after) : Stream
    {
        private readonly byte[] head = Encoding.UTF8.GetBytes(before);
        private readonly byte[] tail = Encoding.UTF8.GetBytes(after);

        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var total = head.Length + count + tail.Length;
            var n = (int)Math.Min(buffer.Length, total - Served);
            for (var i = 0; i < n; i++)
            {
                var at = Served + i;
                buffer[i] = at < head.Length ? head[at] : at < head.Length + count ? (byte)fill : tail[at - head.Length - count];
            }

            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
