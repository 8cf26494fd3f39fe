import type { ErrorPayload, FileRequest, Reply } from '../../shared/contract'
import type { FileContent } from '../../shared/model'
import type { CatCommand } from './parse-cat-args'

/** Links followed before giving up, as the kernel's ELOOP does (it allows 40). */
const MAX_HOPS = 40

export interface CatBackend {
  /** files.read as an operation (Ctrl-C cancels it), then files.get. */
  readFile(request: FileRequest): Promise<Reply<FileContent>>
}

export interface CatIo {
  /** Raw bytes, unchanged: `baseline cat … | sha256sum` must see the file. */
  stdoutBytes(bytes: Uint8Array): Promise<void>
  stderr(text: string): Promise<void>
}

/**
 * `baseline cat IMAGE PATH [--layer N]`: the bytes on stdout, anything else on stderr. Symbolic
 * links are followed as `cat` in a container would (Debian's /etc/os-release is a link to
 * ../usr/lib/os-release); each hop is one more read of the export.
 */
export async function runCat(command: CatCommand, backend: CatBackend, io: CatIo, fail: (errors: ErrorPayload[]) => Promise<number>): Promise<number> {
  let path = command.path.startsWith('/') ? command.path : `/${command.path}`
  for (let hop = 0; hop <= MAX_HOPS; hop += 1) {
    const reply = await backend.readFile({ reference: command.reference, layerIndex: command.layerIndex, path })
    if (!reply.ok) return fail([reply.error])
    const version = reply.value.current
    const where = command.layerIndex === null ? command.reference : `${command.reference} as of layer ${command.layerIndex}`
    if (version === null || version.state === 'deleted') {
      return io.stderr(`baseline: ${command.path}: no such file in ${where}${version ? ` (deleted in layer ${version.layerIndex})` : ''}\n`).then(() => 1)
    }
    if (version.state === 'symlink' || version.state === 'hardlink') {
      path = linkedPath(path, version.linkTarget ?? '', version.state)
      continue
    }
    if (version.state !== 'file') return io.stderr(`baseline: ${command.path}: is a ${version.state}, not a file, in ${where}\n`).then(() => 1)
    await io.stdoutBytes(Buffer.from(version.contentBase64 ?? '', 'base64'))
    if (!version.isCut) return 0
    await io.stderr(`baseline: ${command.path}: only the first ${Buffer.from(version.contentBase64 ?? '', 'base64').length} of its ${version.sizeBytes} bytes were read\n`)
    return 1
  }
  return io.stderr(`baseline: ${command.path}: too many levels of symbolic links\n`).then(() => 1)
}

/** A symlink's target from its folder (or the root when absolute); a hard link's from the root. */
export function linkedPath(from: string, target: string, kind: 'symlink' | 'hardlink'): string {
  if (kind === 'hardlink' || target.startsWith('/')) return `/${target.replace(/^\/+/, '')}`
  const folder = from.slice(0, from.lastIndexOf('/'))
  const kept: string[] = []
  for (const segment of `${folder}/${target}`.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') kept.pop()
    else kept.push(segment)
  }
  return `/${kept.join('/')}`
}
