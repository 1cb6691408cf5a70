import type { ExportLanguage } from './export-language';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A page that prints cleanly to PDF: A4, no navigation, tables that repeat their header on
 * every page and do not split a row. `body` must already be escaped HTML; only fixed
 * markup and escapeHtml output go into it.
 */
export function printPage(lang: ExportLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const PRINT_CSS = `
@page { size: A4; margin: 15mm 12mm; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #111; margin: 1.5rem; }
h1 { font-size: 17pt; margin: 0 0 .3rem; }
h2 { font-size: 13pt; margin: 1.4rem 0 .4rem; break-after: avoid; }
p.meta { color: #444; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #999; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num, th.num { text-align: right; }
.missing { color: #a00; font-weight: bold; }
.ok { color: #060; }
ul { margin: .2rem 0 .8rem 1.2rem; padding: 0; }
@media print { body { margin: 0; } a { color: inherit; text-decoration: none; } }
`;

/** A table of escaped cells. */
export function htmlTable(header: string[], rows: string[][], numeric: number[] = []): string {
  const cls = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
  const head = header.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
