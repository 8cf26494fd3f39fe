import type { Comparison } from '../../../shared/model'

/** What every report states about itself: when, from which engine, by which analyzer and app version. */
export function provenance(comparison: Comparison): string {
  const engine = comparison.engine
    ? `${comparison.engine.title} (${comparison.engine.os}/${comparison.engine.arch}) at ${comparison.engine.endpoint}`
    : 'no engine (catalogue figures only)'
  return `Generated ${comparison.generatedAt} from ${engine} by Baseline ${comparison.appVersion}, analyzer version ${comparison.analyzerVersion}.`
}

/** The name a column goes by, as its header in the table says it. */
export function columnName(comparison: Comparison, index: number): string {
  return comparison.columns[index]?.title ?? comparison.images[index]?.reference ?? ''
}

/** A column's header in one line: its name, and the catalogue note where it has one. */
export function columnHeader(comparison: Comparison, index: number): string {
  const column = comparison.columns[index]
  if (!column) return ''
  return column.source === 'catalogue' ? `${column.title} (${column.subtitle})` : column.title
}

/** Every row (and total) whose figure needs saying what it is: label and definition, once each. */
export function sizeDefinitions(comparison: Comparison): { label: string; help: string }[] {
  const rows = comparison.sections.flatMap((section) => section.rows)
  return rows.flatMap((row) => (row.help === null ? [] : [{ label: row.label, help: row.help }]))
}
