import { describe, expect, it } from 'vitest'
import type { Reply } from '../../shared/contract'
import type { LayerScan } from '../../shared/model'
import { formatScan } from './format-scan'
import { parseArgs } from './parse-args'
import { runScan, type ScanProgress } from './scan-command'
import { createProgressBar, progressLine } from './scan-progress'

const scan: LayerScan = {
  imageId: `sha256:${'ab'.repeat(32)}`,
  platforms: [],
  analyzerVersion: 'layers-1',
  scannedAt: '2024-05-04T12:00:00.000Z',
  totalBytes: 84_000,
  finalBytes: 24_000,
  wastedBytes: 60_000,
  baseWastedBytes: 0,
  ownWastedBytes: 60_000,
  efficiency: 24_000 / 84_000,
  layers: [
    { index: 0, diffId: 'sha256:1', createdBy: 'COPY busybox /bin/busybox', sizeBytes: 0, fileCount: 1, added: 1, modified: 0, removed: 0, wastedBytes: 0, owner: 'base' },
    { index: 1, diffId: 'sha256:2', createdBy: 'RUN write', sizeBytes: 60_000, fileCount: 2, added: 2, modified: 0, removed: 0, wastedBytes: 60_000, owner: 'own' },
    { index: 2, diffId: 'sha256:3', createdBy: 'RUN rm', sizeBytes: 24_000, fileCount: 1, added: 0, modified: 1, removed: 1, wastedBytes: 0, owner: 'own' },
  ],
  wastedFiles: [
    { path: 'data/big.bin', layerIndex: 1, sizeBytes: 50_000, reason: 'deleted', byLayerIndex: 2, owner: 'own' },
    { path: 'data/app.bin', layerIndex: 1, sizeBytes: 10_000, reason: 'overwritten', byLayerIndex: 2, owner: 'own' },
  ],
  wastedFileCount: 2,
  facts: {
    osRelease: { id: 'alpine', versionId: '3.20.1', prettyName: 'Alpine Linux v3.20' },
    libc: 'musl',
    packages: [{ manager: 'apk', count: 15 }],
    runtimes: [{ name: 'python', version: '3.12.3', path: 'usr/local/bin/python3.12' }],
    compilers: [{ name: 'gcc', path: 'usr/bin/gcc', sizeBytes: 180_000_000 }],
    headers: { fileCount: 0, sizeBytes: 0 },
    shell: 'bin/sh',
  },
  warnings: [],
}

describe('baseline scan', () => {
  it('parses one image and --json', () => {
    expect(parseArgs(['scan', 'app:1.0', '--json'])).toEqual({ ok: true, command: { kind: 'scan', reference: 'app:1.0', json: true, platform: null } })
    expect(parseArgs(['scan'])).toEqual({ ok: false, error: 'scan needs one image: a name, a tag or an ID' })
    expect(parseArgs(['scan', 'a', 'b'])).toMatchObject({ ok: false })
  })

  it('prints the summary, the facts, the layer table and the wasted files with why', () => {
    const text = formatScan(scan, 'app:1.0', null)
    expect(text).toContain('Image       app:1.0 (abababababab)')
    expect(text).toContain('Wasted      60 kB (base 0 B, own 60 kB); efficiency 28.6%')
    expect(text).toContain('Compilers   gcc 180 MB (/usr/bin/gcc)')
    expect(text).toContain('Runtimes    python 3.12.3 (/usr/local/bin/python3.12)')
    expect(text).toMatch(/^1\s+own\s+60 kB\s+2\s+\+2 ~0 -0\s+60 kB\s+RUN write$/m)
    expect(text).toMatch(/^50 kB\s+\/data\/big\.bin\s+1\s+deleted in layer 2 \(own copy\)$/m)
    expect(text).toMatch(/^10 kB\s+\/data\/app\.bin\s+1\s+overwritten in layer 2 \(own copy\)$/m)
  })

  it('says so when nothing is wasted', () => {
    const clean = { ...scan, wastedBytes: 0, wastedFiles: [], wastedFileCount: 0 }
    expect(formatScan(clean, 'app', null)).toContain('Nothing is wasted')
  })

  it('draws progress on stderr only when stderr is a terminal, and clears it before the answer', async () => {
    const backend = {
      scan: async (_: string, onProgress: ScanProgress): Promise<Reply<LayerScan>> => {
        onProgress('preparing export', 0, null)
        onProgress('reading layers', 42_000, 84_000)
        return { ok: true, value: scan }
      },
    }
    const run = async (stderrColumns: number | null) => {
      const out: string[] = []
      const err: string[] = []
      const io = { stdout: async (text: string) => void out.push(text), stderr: async (text: string) => void err.push(text), columns: null, stderrColumns }
      const code = await runScan({ reference: 'app', json: true }, backend, io, async () => 1)
      return { code, out: out.join(''), err: err.join('') }
    }
    const piped = await run(null)
    expect(piped).toMatchObject({ code: 0, err: '' })
    expect(JSON.parse(piped.out)).toEqual(scan)
    const terminal = await run(100)
    expect(terminal.err).toContain('preparing export…')
    expect(terminal.err.endsWith('\r\x1b[K')).toBe(true)
  })

  it('shows bytes against the image size, and no bar while the total is unknown', () => {
    expect(progressLine('reading layers', 42_000_000, 84_000_000)).toBe('reading layers [############------------] 42 MB / 84 MB')
    expect(progressLine('preparing export', 0, null)).toBe('preparing export…')
    const written: string[] = []
    let clock = 0
    const bar = createProgressBar(async (text) => void written.push(text), 80, () => clock)
    bar.update('reading layers', 1, 10)
    bar.update('reading layers', 2, 10)
    clock = 150
    bar.update('reading layers', 3, 10)
    expect(written).toHaveLength(2)
  })
})
