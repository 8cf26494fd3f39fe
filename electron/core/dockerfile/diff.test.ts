import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { unifiedDiff } from './diff'

describe('unifiedDiff', () => {
  it('is empty for identical texts, the empty text included', () => {
    expect(unifiedDiff('', '')).toBe('')
    expect(unifiedDiff('FROM a\nRUN b\n', 'FROM a\nRUN b\n')).toBe('')
  })

  it('adds every line to an empty file', () => {
    expect(unifiedDiff('', 'FROM a\nRUN b\n')).toBe('--- a/Dockerfile\n+++ b/Dockerfile\n@@ -0,0 +1,2 @@\n+FROM a\n+RUN b\n')
  })

  it('removes every line when all changed', () => {
    expect(unifiedDiff('a\nb\n', 'c\nd\n')).toBe('--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,2 @@\n-a\n-b\n+c\n+d\n')
  })

  it('keeps three lines of context and splits distant changes into hunks', () => {
    const before = Array.from({ length: 20 }, (_, i) => `L${i + 1}`).join('\n') + '\n'
    const after = before.replace('L2\n', 'X2\n').replace('L18\n', 'X18\n')
    expect(unifiedDiff(before, after)).toBe(
      '--- a/Dockerfile\n+++ b/Dockerfile\n' +
        '@@ -1,5 +1,5 @@\n L1\n-L2\n+X2\n L3\n L4\n L5\n' +
        '@@ -15,6 +15,6 @@\n L15\n L16\n L17\n-L18\n+X18\n L19\n L20\n',
    )
  })

  it('marks a last line without a newline', () => {
    expect(unifiedDiff('FROM a', 'FROM a\n')).toBe(
      '--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,1 +1,1 @@\n-FROM a\n\\ No newline at end of file\n+FROM a\n',
    )
    expect(unifiedDiff('a\nb', 'a\nc')).toBe(
      '--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
    )
  })

  it('stays correct and quick on a very large input changed at both ends', () => {
    const body = Array.from({ length: 30_000 }, (_, i) => `RUN echo ${i}`).join('\n')
    const diff = unifiedDiff(`FROM a\n${body}\n`, `FROM b\n${body}\nUSER 1\n`)
    expect(diff.startsWith('--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,30001 +1,30002 @@\n-FROM a\n')).toBe(true)
  })

  it('produces a patch that patch(1) applies', () => {
    const before = 'FROM python:latest\nRUN apt-get install -y gcc\n# keep\nCOPY . /app\nCMD ["python"]'
    const after = 'FROM python:3.13\nRUN apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*\n# keep\nCOPY . /app\nUSER 65532\nCMD ["python"]'
    const dir = mkdtempSync(join(tmpdir(), 'diff-'))
    writeFileSync(join(dir, 'Dockerfile'), before)
    writeFileSync(join(dir, 'p.diff'), unifiedDiff(before, after))
    try {
      execFileSync('patch', ['-s', '-p1', '-i', 'p.diff'], { cwd: dir })
    } catch {
      return // no patch(1) on this machine: the literal tests above still hold
    }
    expect(execFileSync('cat', ['Dockerfile'], { cwd: dir }).toString()).toBe(after)
  })
})
