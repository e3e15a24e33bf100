extension HTMLReportRenderer {
    /// The book's one stylesheet: a textbook page on screen, projector type under `.big` (`?big`), and a printed page
    /// without navigation. System fonts only: nothing is fetched.
    public static let css = """
        :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d8d8dc; --paper: #fffdf8; --accent: #1f5fa8;
                --good: #1b7a3a; --bad: #b3261e; font-size: 17px; }
        html.big { font-size: 26px; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; padding: 1.5rem 1.25rem 3rem; max-width: 50rem; background: var(--paper); color: var(--ink);
               font-family: Charter, "Bitstream Charter", "DejaVu Serif", Georgia, serif; line-height: 1.55; }
        html.big body { max-width: 92vw; }
        h1, h2, h3, nav, .meta, .verdict, figcaption, table, .value, .claim, ol.lessons {
            font-family: "Helvetica Neue", "DejaVu Sans", Arial, sans-serif; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0.5rem 0; }
        h2 { font-size: 1.4rem; margin-top: 2.2rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; }
        h3 { font-size: 1.15rem; margin-top: 1.6rem; }
        a { color: var(--accent); }
        nav { display: flex; flex-wrap: wrap; gap: 0.4rem 1.5rem; font-size: 0.9rem; }
        nav.top { border-bottom: 1px solid var(--rule); padding-bottom: 0.5rem; }
        nav.bottom { border-top: 1px solid var(--rule); padding-top: 0.5rem; margin-top: 3rem; }
        nav.toc { display: block; background: #f4f1ea; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
        nav.toc ol { margin: 0; padding-left: 1.4rem; }
        .meta { color: var(--muted); font-size: 0.9rem; margin: 0.2rem 0; }
        .verdict { font-weight: 600; margin: 0.4rem 0 1rem; }
        .holds { color: var(--good); }
        .fails { color: var(--bad); }
        pre, code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em; }
        pre { background: #f4f1ea; padding: 0.75rem 1rem; overflow-x: auto; border-radius: 6px; line-height: 1.35; }
        pre.art { font-size: 0.7rem; line-height: 1.1; background: white; }
        figure { margin: 1.5rem 0; text-align: center; }
        figure img { max-width: 100%; height: auto; border: 1px solid var(--rule); background: white; }
        figure img.picture { image-rendering: pixelated; }
        figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.4rem; }
        figcaption .files { white-space: nowrap; }
        table { border-collapse: collapse; margin: 1.25rem auto; font-size: 0.88rem; }
        caption { caption-side: top; font-weight: 600; padding-bottom: 0.4rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.7rem; text-align: right; }
        th:first-child, td:first-child { text-align: left; }
        thead th { border-bottom: 2px solid var(--ink); }
        .value { margin: 0.5rem 0; }
        .value .number { font-weight: 600; font-variant-numeric: tabular-nums; }
        .claim { border-left: 4px solid var(--good); background: #eef7f0; padding: 0.5rem 0.8rem; margin: 0.8rem 0; border-radius: 0 6px 6px 0; }
        .claim.fails { border-left-color: var(--bad); background: #fbeceb; color: var(--ink); }
        .claim .mark { font-weight: 700; color: var(--good); }
        .claim.fails .mark { color: var(--bad); }
        .claim .detail { color: var(--muted); font-size: 0.88rem; font-variant-numeric: tabular-nums; }
        ol.lessons { padding-left: 2rem; }
        ol.lessons li { margin: 0 0 1.1rem; }
        ol.lessons li > a { font-weight: 600; font-size: 1.1rem; }
        ol.lessons span { display: block; font-size: 0.9rem; }
        ol.lessons .sections { color: var(--muted); font-style: italic; }
        @media print {
            :root { font-size: 11pt; }
            body { max-width: none; background: white; padding: 0; }
            nav { display: none; }
            figure, table, .claim { break-inside: avoid; }
            h2 { break-after: avoid; }
            a { color: inherit; text-decoration: none; }
        }

        """
}
