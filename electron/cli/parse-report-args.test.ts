import { describe, expect, it } from 'vitest'
import { parseArgs } from './parse-args'

const report = (fields: Record<string, unknown>) => ({ ok: true, command: { kind: 'report', format: 'md', output: null, ci: null, ...fields } })

describe('parseArgs: report', () => {
  it.each([
    [['report', 'a', 'b'], report({ references: ['a', 'b'] })],
    [['report', 'a', 'b', '--format', 'html', '-o', 'out.html'], report({ references: ['a', 'b'], format: 'html', output: 'out.html' })],
    [['report', '--format=json', 'a', 'b'], report({ references: ['a', 'b'], format: 'json' })],
    [['report', 'a', 'b', '--output', 'r.csv'], report({ references: ['a', 'b'], format: 'csv', output: 'r.csv' })],
    [['report', 'a', 'b', '-o', 'r.PDF'], report({ references: ['a', 'b'], format: 'pdf', output: 'r.PDF' })],
    [['report', 'a', 'b', '-o', 'notes.txt', '--format', 'md'], report({ references: ['a', 'b'], output: 'notes.txt' })],
    // A value that looks like an option is still the value: `-o -x.html` writes -x.html.
    [['report', 'a', '-o', '-x.html'], report({ references: ['a'], format: 'html', output: '-x.html' })],
    [['report', 'app:1', '--ci', '--max-size', '200MB'], report({ references: ['app:1'], format: null, ci: { flags: { maxSizeBytes: 200_000_000 }, config: null } })],
    [
      ['report', 'app:1', '--ci', '--max-own-size=50MB', '--require-pinned-base', '--min-pinning', 'exact', '--forbid-full-base', '--config', 'ci.yml'],
      report({
        references: ['app:1'],
        format: null,
        ci: { flags: { maxOwnSizeBytes: 50_000_000, requirePinnedBase: true, minPinning: 'exact', forbidFullBase: true }, config: 'ci.yml' },
      }),
    ],
    [['report', 'app:1', '--ci', '--format', 'json'], report({ references: ['app:1'], format: 'json', ci: { flags: {}, config: null } })],
  ])('reads %j', (argv, parsed) => {
    expect(parseArgs(argv)).toEqual(parsed)
  })

  it.each([
    [['report'], 'report needs images to compare, e.g. baseline report app:1.0 app:1.1 --format html -o report.html'],
    [['report', 'a', 'b', '--format', 'docx'], '--format must be one of html, pdf, md, json, csv (got docx)'],
    [['report', 'a', 'b', '--format', 'pdf'], 'a PDF report needs a file: add -o report.pdf'],
    [['report', 'a', 'b', '-o', 'report.txt'], 'say which format to write report.txt in: --format html|pdf|md|json|csv'],
    [['report', 'a', 'b', '-o'], '-o needs a value'],
    [['report', 'a', '--max-size', '200MB'], '--max-size goes with --ci'],
    [['report', 'a', '--forbid-full-base'], '--forbid-full-base goes with --ci'],
    [['report', 'a', '--config', 'x.yml'], '--config goes with --ci'],
    [['report', 'a', '--ci', '--max-size', 'big'], '--max-size: big is not a size (e.g. 200MB, 1.5GB, 512MiB)'],
    [['report', 'a', '--ci', '--min-pinning', 'tight'], '--min-pinning: tight is not a pinning class (digest > exact > minor > major > floating-named > latest > none)'],
    [['images', '--format', 'json'], '--format goes with report'],
    [['analyze', 'a', '--ci'], '--ci goes with report'],
    [['report', 'a', '--max-szie', '1MB'], 'unknown option: --max-szie'],
  ])('refuses %j', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error })
  })

  it('still helps first: report --help', () => {
    expect(parseArgs(['report', 'a', '--format', 'html', '--help'])).toEqual({ ok: true, command: { kind: 'help' } })
  })
})
