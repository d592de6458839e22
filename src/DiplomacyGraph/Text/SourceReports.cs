using DiplomacyGraph.Queries;

namespace DiplomacyGraph.Text;

/// <summary>The authoring views as reports: each source's coverage, and where a fragment is in a source's text.</summary>
internal static class SourceReports
{
    /// <summary>One item per source: title, url, published, facts citing it, sentences uncited (and, asked, those sentences).</summary>
    public static Report Sources(IReadOnlyList<SourceCoverage> sources, bool listUncited)
    {
        var report = new Report($"{sources.Count} source{(sources.Count == 1 ? string.Empty : "s")}");
        foreach (var c in sources)
        {
            var s = c.Source;
            var sentences = c.Sentences is { } n ? $"{c.Uncited.Length} of {n} sentences cited by no fact" : "text not available";
            report.Add(
                $"{s.Id}: {s.Title}{(s.Url is null ? string.Empty : $" <{s.Url}>")} — published {s.Published}; {c.Facts} fact{(c.Facts == 1 ? string.Empty : "s")}; {sentences}",
                null,
                0,
                ("id", s.Id),
                ("title", s.Title),
                ("url", s.Url),
                ("published", s.Published.ToString()),
                ("facts", c.Facts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("sentences", c.Sentences?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("uncited", c.Sentences is null ? null : c.Uncited.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (listUncited)
            {
                foreach (var sentence in c.Uncited)
                {
                    report.Add($"uncited: {sentence}", null, 1, ("id", s.Id), ("uncited", sentence));
                }
            }
        }

        return report;
    }
}
