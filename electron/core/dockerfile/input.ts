import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ApiError } from '../../../shared/contract/errors'
import { DOCKERFILE_MAX_BYTES } from '../../../shared/contract/limits'
import { firstInvalidUtf8Offset } from './input-utf8'

// Git and grep use the same test: a NUL in the first 8 KB means binary.
const BINARY_PROBE_BYTES = 8 * 1024

/** Turns the bytes of a would-be Dockerfile into text, or says in one sentence why it cannot. */
export function decodeDockerfile(bytes: Buffer, name?: string): string {
  if (bytes.length > DOCKERFILE_MAX_BYTES) throw tooLarge(bytes.length, name)
  if (bytes.length === 0) throw empty()
  if (isUtf16(bytes)) {
    throw invalid('This file is saved as UTF-16: save it as UTF-8, the encoding Docker reads.')
  }
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    throw invalid('This looks like a binary file, not a Dockerfile.')
  }
  const offset = firstInvalidUtf8Offset(bytes)
  if (offset !== null) {
    throw invalid(`This file is not valid UTF-8 text: the byte at offset ${offset} is not part of any character.`)
  }
  // ignoreBOM false: the decoder drops a leading UTF-8 BOM, which would otherwise glue itself to the first keyword.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  if (text.trim() === '') throw empty()
  return text
}

/**
 * Reads a Dockerfile from disk for the CLI and the File › Open dialog. The size is checked with
 * stat first, so choosing a 50 MB file by mistake never reads it into memory.
 */
export async function readDockerfilePath(path: string): Promise<{ name: string; bytes: Buffer }> {
  const info = await stat(path).catch((error: unknown) => {
    throw fileError(error, path)
  })
  if (info.isDirectory()) throw invalid(`${path} is a folder: choose the Dockerfile inside it.`)
  if (!info.isFile()) throw invalid(`${path} is not a regular file: choose a Dockerfile.`)
  if (info.size > DOCKERFILE_MAX_BYTES) throw tooLarge(info.size, basename(path))
  const bytes = await readFile(path).catch((error: unknown) => {
    throw fileError(error, path)
  })
  return { name: basename(path), bytes }
}

function isUtf16(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
}

function fileError(error: unknown, path: string): ApiError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (code === 'ENOENT' || code === 'ENOTDIR') return invalid(`No such file: ${path}`)
  if (code === 'EACCES' || code === 'EPERM') return invalid(`Permission denied: ${path} cannot be read.`)
  if (code === 'EISDIR') return invalid(`${path} is a folder: choose the Dockerfile inside it.`)
  return invalid(`${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`)
}

function tooLarge(sizeBytes: number, name?: string): ApiError {
  const megabytes = (sizeBytes / (1024 * 1024)).toFixed(1)
  const what = name ? `${name} is` : 'This file is'
  return invalid(`${what} ${megabytes} MiB; a Dockerfile is at most 1 MiB, so this is not one.`)
}

function empty(): ApiError {
  return invalid('This file is empty: there is nothing to analyse.')
}

function invalid(message: string): ApiError {
  return new ApiError('INVALID_INPUT', message)
}
