import type { Comparison } from '../../../shared/model'

/**
 * The Comparison exactly as the app holds it (schemaVersion 1, described by
 * resources/report/comparison.schema.json): what other tools should read.
 */
export function renderJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`
}
