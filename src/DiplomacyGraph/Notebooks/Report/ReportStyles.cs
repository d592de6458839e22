namespace DiplomacyGraph.Notebooks.Report;

/// <summary>
/// The page's one stylesheet, inline: system fonts only, readable tables, drawings that scroll sideways on a
/// phone instead of shrinking to unreadable text, table rows that become labelled blocks at phone width, and
/// print rules (no navigation, no page break inside a row or drawing, drawings fitted to the page).
/// </summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1d1f21; background: #fff; }
        header, nav, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
        header { padding-top: 1.5rem; }
        h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .4rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #e3e6ea; }
        .dg-lede { color: #444; margin: 0 0 .8rem; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem 1rem; padding: .5rem 0; margin: 0; border-top: 1px solid #e3e6ea; border-bottom: 1px solid #e3e6ea; }
        nav a, a { color: #0b5cad; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .93rem; }
        caption { text-align: left; font-weight: bold; padding: .3rem 0; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #e3e6ea; }
        thead th { background: #f4f6f8; border-bottom: 2px solid #d0d5db; }
        .dg-date { white-space: nowrap; font-variant-numeric: tabular-nums; }
        .dg-quote { margin: 0 0 .35rem; font-style: italic; color: #333; }
        .dg-quote sup, .dg-ref { font-style: normal; }
        sup.dg-ref a { text-decoration: none; }
        .dg-claim { font-weight: 600; }
        dl.dg-summary { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
        dl.dg-summary dt { font-weight: 600; color: #444; }
        dl.dg-summary dd { margin: 0; }
        figure { margin: .5rem 0 1rem; }
        .dg-figure { overflow-x: auto; border: 1px solid #e3e6ea; border-radius: 6px; }
        .dg-figure svg { display: block; }
        figcaption { font-size: .9rem; color: #555; margin-top: .3rem; }
        .dg-empty { color: #555; font-style: italic; }
        .dg-sources ol, ol.dg-source-list { padding-left: 2rem; }
        .dg-sources li, ol.dg-source-list li { margin-bottom: .5rem; }
        .dg-sources-heading { margin: .2rem 0; }
        .dg-url { word-break: break-all; }
        footer { color: #666; font-size: .85rem; padding-top: 1rem; padding-bottom: 2rem; }
        @media (max-width: 640px) {
          body { font-size: 15px; }
          h1 { font-size: 1.45rem; }
          table, thead, tbody, tr, th, td, caption { display: block; width: 100%; }
          thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          tr { border: 1px solid #e3e6ea; border-radius: 6px; margin-bottom: .6rem; padding: .3rem 0; }
          td { border: none; padding: .15rem .6rem; }
          td[data-label]::before { content: attr(data-label); display: block; font-size: .75rem; font-weight: 600; color: #666; text-transform: uppercase; letter-spacing: .03em; }
          td:empty { display: none; }
          dl.dg-summary { grid-template-columns: 1fr; }
          dl.dg-summary dd { margin-bottom: .4rem; }
        }
        @media print {
          @page { margin: 15mm; }
          body { font-size: 10.5pt; }
          nav { display: none; }
          header, main, footer { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          h2 { break-after: avoid; }
          tr, figure, li { break-inside: avoid; }
          .dg-figure { overflow: visible; border: none; }
          .dg-figure svg { max-width: 100%; height: auto; }
          thead { display: table-header-group; }
        }
        """;
}
