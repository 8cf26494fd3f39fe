import { describe, expect, it } from 'vitest'
import { adviceTable } from './advice-table'
import { LINE_ROWS, NEED_ROWS } from './decision-table'
import { catalog } from './test-support/advisor-fixtures'

describe('npm run advice-table', () => {
  const table = adviceTable(catalog)

  it('prints every row of the decision table with the advisor\'s own verdict for its sample', () => {
    for (const row of Object.values(NEED_ROWS)) expect(table).toContain(`[${row.cls}] ${row.signal}`)
    for (const row of LINE_ROWS) expect(table).toContain(`[${row.cls}] ${row.signal}: ${row.rule}`)
    expect(table).toContain('node:lts -> node:lts-alpine (recommended), node:lts-slim')
    expect(table).not.toMatch(/node:lts -> .*node:alpine\b/)
    expect(table).toContain('sample node:22-alpine + "CMD node server.js" -> none, because CMD runs through a shell')
    expect(table).toContain('openjdk:17-jdk-slim -> eclipse-temurin:17-jre (recommended)')
  })
})
