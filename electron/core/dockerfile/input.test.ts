import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOCKERFILE_MAX_BYTES } from '../../../shared/contract/limits'
import { decodeDockerfile, readDockerfilePath } from './input'

describe('decodeDockerfile', () => {
  it('returns the text, without a BOM', () => {
    expect(decodeDockerfile(Buffer.from('\ufeffFROM alpine\n'))).toBe('FROM alpine\n')
  })

  it.each([
    ['an empty file', Buffer.alloc(0), 'This file is empty: there is nothing to analyse.'],
    ['a whitespace-only file', Buffer.from(' \n\t\n'), 'This file is empty: there is nothing to analyse.'],
    ['a binary file', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]), 'This looks like a binary file, not a Dockerfile.'],
    ['invalid UTF-8', Buffer.concat([Buffer.from('FROM alpine\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]), 'offset 17'],
    ['a UTF-16 file', Buffer.from('\ufeffFROM alpine', 'utf16le'), 'UTF-16'],
    ['more than 1 MiB', Buffer.alloc(DOCKERFILE_MAX_BYTES + 1, 0x41), 'at most 1 MiB'],
  ])('refuses %s with a clear INVALID_INPUT', (_name, bytes, message) => {
    expect(() => decodeDockerfile(bytes)).toThrow(message)
    expect(() => decodeDockerfile(bytes)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })
})

describe('readDockerfilePath', () => {
  let folder = ''
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'baseline-dockerfile-'))
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('reads a Dockerfile', async () => {
    await writeFile(join(folder, 'Dockerfile'), 'FROM alpine:3.20\n')
    const { name, bytes } = await readDockerfilePath(join(folder, 'Dockerfile'))
    expect(name).toBe('Dockerfile')
    expect(decodeDockerfile(bytes, name)).toBe('FROM alpine:3.20\n')
  })

  it('refuses a folder', async () => {
    await expect(readDockerfilePath(folder)).rejects.toThrow(`${folder} is a folder: choose the Dockerfile inside it.`)
  })

  it('refuses a missing file', async () => {
    await expect(readDockerfilePath(join(folder, 'nope'))).rejects.toThrow(`No such file: ${join(folder, 'nope')}`)
  })

  it('refuses a 50 MB file without reading it', async () => {
    const path = join(folder, 'huge.Dockerfile')
    const handle = await open(path, 'w')
    await handle.truncate(50 * 1024 * 1024) // sparse: takes no disk space
    await handle.close()
    await expect(readDockerfilePath(path)).rejects.toThrow('huge.Dockerfile is 50.0 MiB; a Dockerfile is at most 1 MiB, so this is not one.')
  })
})
