import { escapeForDisplay } from '../../../shared/lib/display-text'
import type { Comparison } from '../../../shared/model'

/**
 * The Comparison exactly as the app holds it (schemaVersion 1, described by
 * resources/report/comparison.schema.json): what other tools should read.
 */
export function renderJson(comparison: Comparison): string {
  // JSON.stringify leaves bidi overrides and zero-width characters raw; as \uXXXX escapes the
  // parsed value is the same, and a person reading the file sees them.
  return `${escapeForDisplay(JSON.stringify(comparison, null, 2), { keepLineBreaks: true })}\n`
}
