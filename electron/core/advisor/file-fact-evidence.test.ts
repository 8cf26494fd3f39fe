import { describe, expect, it } from 'vitest'
import type { FileFacts } from '../../../shared/model'
import { adviseForImage } from './advise-entry'
import { built, catalog, run } from './test-support/advisor-fixtures'

const scanned = (overrides: Partial<FileFacts>): FileFacts => ({
  osRelease: { id: 'debian', versionId: '12', prettyName: null },
  libc: 'glibc',
  packages: [{ manager: 'dpkg', count: 120 }],
  runtimes: [],
  compilers: [],
  headers: { fileCount: 0, sizeBytes: 0 },
  shell: 'bin/sh',
  ...overrides,
})

function adviceWith(fileFacts: FileFacts | null) {
  const app = built({ base: 'python:3.12', own: [run('pip install flask')] })
  return adviseForImage({ analysis: app.analysis, detail: app.detail, localImages: [app.detail.summary], catalog, fileFacts })
}

describe('advice with a file-level scan', () => {
  it('states each compiler left in the final image with its footprint, and the headers', () => {
    const advice = adviceWith(scanned({
      compilers: [{ name: 'gcc', path: 'usr/lib/gcc/x86_64-linux-gnu/12/cc1', sizeBytes: 180_000_000 }],
      headers: { fileCount: 1_250, sizeBytes: 21_400_000 },
    }))
    expect(advice.evidence).toContain('gcc is in the final image: 180 MB (/usr/lib/gcc/x86_64-linux-gnu/12/cc1); a build stage would leave it behind.')
    expect(advice.evidence).toContain('C headers are in the final image: 1250 files, 21.4 MB under /usr/include.')
  })

  it('takes the libc the scan measured over the one the base name suggests', () => {
    const advice = adviceWith(scanned({ libc: 'musl' }))
    expect(advice.evidence).toContain('The file scan finds musl in the image, not glibc as its base\'s name suggests: the scan is what the image holds.')
  })

  it('says nothing more without a scan', () => {
    const without = adviceWith(null)
    expect(without.evidence.some((line) => line.includes('file scan') || line.includes('final image'))).toBe(false)
  })
})
