import Database from 'better-sqlite3'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { CACHE_FILE_NAME } from './cache-store'
import { openCacheStore } from './open-cache-store'
import { analysis, tempDir, testOptions } from './test-support'

/**
 * A second process (as the CLI runs beside the app) that opens the cache file, starts a write
 * transaction, and commits 200 ms after it is told to, so that our own blocked write must wait.
 */
const writerScript = `
const Database = require('better-sqlite3')
const db = new Database(process.env.CACHE_PATH, { timeout: 5000 })
db.exec('BEGIN IMMEDIATE')
db.prepare("INSERT INTO cache_entries (kind, image_id, analyzer_version, value, size_bytes, created_at, last_access) VALUES ('analysis', 'sha256:other', '1', '{\\"from\\":\\"child\\"}', 16, 0, 0)").run()
console.log('holding')
process.stdin.once('data', () => setTimeout(() => { db.exec('COMMIT'); db.close(); console.log('committed'); process.stdin.destroy() }, 200))
`

const children: ChildProcessWithoutNullStreams[] = []
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill()
})

function startWriter(path: string) {
  const child = spawn(process.execPath, ['-e', writerScript], { env: { ...process.env, CACHE_PATH: path } })
  children.push(child)
  const next = lineReader(child.stdout)
  const tell = () => new Promise<void>((resolve) => child.stdin.write('go\n', () => resolve()))
  return { child, next, tell }
}

/** Resolves each call with the next line the stream prints. */
function lineReader(stream: Readable): () => Promise<string> {
  const lines: string[] = []
  const waiting: Array<(line: string) => void> = []
  let partial = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n')
    partial = parts.pop() ?? ''
    for (const line of parts) {
      const resolve = waiting.shift()
      if (resolve) resolve(line)
      else lines.push(line)
    }
  })
  return () => new Promise((resolve) => {
    const line = lines.shift()
    if (line === undefined) waiting.push(resolve)
    else resolve(line)
  })
}

describe('two users of one cache file', () => {
  it('lets a second store see what the first one wrote', () => {
    const dir = tempDir()
    const a = openCacheStore(testOptions(dir).options)
    const b = openCacheStore(testOptions(dir).options)
    a.put('analysis', 'sha256:a', analysis(1))
    expect(b.get('analysis', 'sha256:a')).toEqual(analysis(1))
    a.close()
    b.close()
    const raw = new Database(join(dir, CACHE_FILE_NAME), { readonly: true })
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    raw.close()
  })

  it('reads while another process writes, and waits for its lock instead of failing', async () => {
    const dir = tempDir()
    const { options } = testOptions(dir)
    const store = openCacheStore(options)
    store.put('analysis', 'sha256:mine', analysis(1))
    const writer = startWriter(join(dir, CACHE_FILE_NAME))
    expect(await writer.next()).toBe('holding')

    expect(store.get('analysis', 'sha256:mine')).toEqual(analysis(1))
    expect(store.get('analysis', 'sha256:other')).toBeNull()

    await writer.tell()
    store.put('analysis', 'sha256:second', analysis(2))
    expect(await writer.next()).toBe('committed')
    expect(store.get('analysis', 'sha256:other')).toEqual({ from: 'child' })
    expect(store.get('analysis', 'sha256:second')).toEqual(analysis(2))
    expect(store.stats()).toMatchObject({ mode: 'file', entries: 3 })
    expect(store.notices).toEqual([])
    store.close()
    await once(writer.child, 'exit')
  })
})
