import { describe, expect, it } from 'vitest'
import { DOCKERFILE_MAX_BYTES } from '../../../../shared/contract'
import { bytesToBase64, carriesFiles, classifyDrop } from './dockerfile-input'

describe('classifyDrop', () => {
  it('reads a small file', () => {
    expect(classifyDrop({ name: 'Dockerfile', sizeBytes: 120, isDirectory: false })).toEqual({ kind: 'read', name: 'Dockerfile' })
  })

  it('refuses a folder and says to drop the Dockerfile inside it', () => {
    const verdict = classifyDrop({ name: 'app', sizeBytes: 4096, isDirectory: true })
    expect(verdict).toEqual({ kind: 'refuse', error: { code: 'INVALID_INPUT', message: 'That is a folder: drop the Dockerfile inside it.' } })
  })

  it('refuses a file over 1 MiB without reading it, and takes one of exactly 1 MiB', () => {
    const big = classifyDrop({ name: 'huge.bin', sizeBytes: 50 * 1024 * 1024, isDirectory: false })
    expect(big.kind).toBe('refuse')
    if (big.kind === 'refuse') expect(big.error.message).toMatch(/^huge\.bin is larger than 1 MB/)
    expect(classifyDrop({ name: 'edge', sizeBytes: DOCKERFILE_MAX_BYTES, isDirectory: false }).kind).toBe('read')
  })

  it('says so when nothing readable was dropped', () => {
    expect(classifyDrop(null).kind).toBe('refuse')
  })
})

describe('bytesToBase64', () => {
  it('encodes text the way the core decodes it', () => {
    const bytes = new TextEncoder().encode('FROM python:3.12-slim\n')
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
  })

  it('encodes bytes that are not UTF-8 unchanged (the core judges them)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x80])
    expect(bytesToBase64(bytes)).toBe('//4AgA==')
  })

  it('encodes 1 MiB without overflowing the stack', () => {
    const bytes = new Uint8Array(DOCKERFILE_MAX_BYTES).map((_, index) => index % 251)
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
  })

  it('encodes an empty file as an empty string', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('')
  })
})

describe('carriesFiles', () => {
  it('opens the overlay for files only, not for dragged text', () => {
    expect(carriesFiles(['Files'])).toBe(true)
    expect(carriesFiles(['text/plain', 'text/uri-list'])).toBe(false)
  })
})
