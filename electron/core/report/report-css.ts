/**
 * The HTML report's only style sheet, inlined (the CSP allows inline styles and nothing else). The
 * print rules are what printToPDF and `--print-to-pdf` lay pages out with.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1d232b; margin: 0 auto; max-width: 1100px; padding: 24px; background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d6dbe1; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.provenance { color: #4a5563; font-size: 12px; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #d6dbe1; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f2f4f7; font-weight: 600; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, .command { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.owner-base { color: #4a5563; }
.owner-own { color: #9c4a14; font-weight: 600; }
.chart { width: 100%; height: auto; max-width: 760px; }
.chart text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: #1d232b; }
.chart .tick { font-size: 11px; fill: #4a5563; }
.evidence { margin: 4px 0 10px; }
.cell-note { display: block; color: #4a5563; font-size: 12px; font-weight: 400; white-space: normal; }
.section-note { color: #4a5563; font-size: 12px; margin: 0 0 4px; }
.definitions dt { font-weight: 600; }
.definitions dd { margin: 0 0 6px 16px; }
footer { margin-top: 32px; color: #4a5563; font-size: 12px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, .chart, .evidence { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  section.layers { break-before: page; page-break-before: always; }
}
`
