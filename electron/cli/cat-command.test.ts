import { describe, expect, it } from 'vitest'
import type { FileRequest, Reply } from '../../shared/contract'
import type { FileContent, FileVersion } from '../../shared/model'
import { linkedPath, runCat } from './cat-command'
import { parseArgs } from './parse-args'

const version = (state: FileVersion['state'], extra: Partial<FileVersion> = {}): FileVersion =>
  ({ layerIndex: 3, state, sizeBytes: 0, mode: 0o644, linkTarget: null, contentBase64: null, isCut: false, digest: null, ...extra })

/** An image of a few paths; every read answers from it (the real reads are in test/integration/files-read.test.ts). */
function backendOf(paths: Record<string, FileVersion>) {
  const asked: string[] = []
  return {
    asked,
    readFile: async (request: FileRequest): Promise<Reply<FileContent>> => {
      asked.push(request.path)
      const current = paths[request.path] ?? null
      return { ok: true, value: { imageId: 'sha256:x', path: request.path.slice(1), layerIndex: 3, current, previous: null, diff: null } }
    },
  }
}

async function cat(argv: string[], paths: Record<string, FileVersion>) {
  const parsed = parseArgs(argv)
  if (!parsed.ok || parsed.command.kind !== 'cat') throw new Error('not a cat command')
  const out: Uint8Array[] = []
  const err: string[] = []
  const backend = backendOf(paths)
  const code = await runCat(parsed.command, backend, { stdoutBytes: async (bytes) => void out.push(bytes), stderr: async (text) => void err.push(text) }, async () => 1)
  return { code, stdout: Buffer.concat(out), stderr: err.join(''), asked: backend.asked }
}

describe('baseline cat', () => {
  it('parses IMAGE PATH and --layer N, and refuses what does not go with it', () => {
    expect(parseArgs(['cat', 'app:1', '/etc/os-release', '--layer', '2'])).toEqual({ ok: true, command: { kind: 'cat', reference: 'app:1', path: '/etc/os-release', layerIndex: 2 } })
    expect(parseArgs(['cat', 'app:1'])).toMatchObject({ ok: false, error: expect.stringContaining('cat needs an image and a path') })
    expect(parseArgs(['cat', 'app:1', '/x', '--layer', 'top'])).toMatchObject({ ok: false, error: '--layer needs a layer number from 0 (got top)' })
    expect(parseArgs(['cat', 'app:1', '/x', '--json'])).toMatchObject({ ok: false, error: '--json does not go with cat' })
    expect(parseArgs(['scan', 'app:1', '--layer', '2'])).toMatchObject({ ok: false, error: '--layer goes with cat' })
  })

  it('follows links as the kernel would, and prints the bytes unchanged', async () => {
    const bytes = Buffer.from([0x00, 0xff, 0x0a])
    const result = await cat(['cat', 'img', '/etc/os-release'], {
      '/etc/os-release': version('symlink', { linkTarget: '../usr/lib/os-release' }),
      '/usr/lib/os-release': version('hardlink', { linkTarget: 'usr/lib/real' }),
      '/usr/lib/real': version('file', { sizeBytes: 3, contentBase64: bytes.toString('base64') }),
    })
    expect([result.code, result.stdout, result.stderr, result.asked]).toEqual([0, bytes, '', ['/etc/os-release', '/usr/lib/os-release', '/usr/lib/real']])
  })

  it('says on stderr, exiting 1, when the file is deleted, a folder, a link loop or cut at the read limit', async () => {
    expect((await cat(['cat', 'img', '/gone'], { '/gone': version('deleted') })).stderr).toBe('baseline: /gone: no such file in img (deleted in layer 3)\n')
    expect((await cat(['cat', 'img', '/etc'], { '/etc': version('directory') })).stderr).toBe('baseline: /etc: is a directory, not a file, in img\n')
    expect((await cat(['cat', 'img', '/a'], { '/a': version('symlink', { linkTarget: 'a' }) })).stderr).toBe('baseline: /a: too many levels of symbolic links\n')
    const cut = await cat(['cat', 'img', '/big', '--layer', '1'], { '/big': version('file', { sizeBytes: 10, isCut: true, contentBase64: Buffer.from('abc').toString('base64') }) })
    expect([cut.code, cut.stdout.toString(), cut.stderr]).toEqual([1, 'abc', 'baseline: /big: only the first 3 of its 10 bytes were read\n'])
  })

  it('resolves a relative target from the link’s folder and an absolute one from the root', () => {
    expect(linkedPath('/etc/os-release', '../usr/lib/os-release', 'symlink')).toBe('/usr/lib/os-release')
    expect(linkedPath('/bin/sh', '/usr/bin/dash', 'symlink')).toBe('/usr/bin/dash')
    expect(linkedPath('/a/b', 'x/../../../../y', 'symlink')).toBe('/y')
  })
})
