import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLayerCountFile, LAYER_COUNT_FILE } from './layer-count-file'

const A = 'sha256:' + 'a'.repeat(64)
const B = 'sha256:' + 'b'.repeat(64)
let dir: string
let path: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baseline-layers-'))
  path = join(dir, 'nested', LAYER_COUNT_FILE)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('layer count file', () => {
  it('starts empty without a file and keeps counts for the next process', async () => {
    expect(createLayerCountFile(path).load().size).toBe(0)
    await createLayerCountFile(path).save(new Map([[A, 3], [B, 1]]))
    expect([...createLayerCountFile(path).load()]).toEqual([[A, 3], [B, 1]])
  })

  it('does not write again when nothing changed', async () => {
    const first = createLayerCountFile(path)
    await first.save(new Map([[A, 3]]))
    writeFileSync(path, JSON.stringify({ version: 1, layerCounts: { [A]: 9 } }))
    await first.save(new Map([[A, 3]]))
    expect(JSON.parse(readFileSync(path, 'utf8')).layerCounts[A]).toBe(9)
  })

  it('ignores a corrupt file, a file of another version and entries that are not image IDs', () => {
    writeFileSync(join(dir, 'bad.json'), '{"version":1,"layerCounts":')
    expect(createLayerCountFile(join(dir, 'bad.json')).load().size).toBe(0)
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ version: 0, layerCounts: { [A]: 1 } }))
    expect(createLayerCountFile(join(dir, 'old.json')).load().size).toBe(0)
    writeFileSync(join(dir, 'mixed.json'), JSON.stringify({ version: 1, layerCounts: { [A]: 2, nope: 1, [B]: -1 } }))
    expect([...createLayerCountFile(join(dir, 'mixed.json')).load()]).toEqual([[A, 2]])
  })

  it('loses only speed when the file cannot be written', async () => {
    writeFileSync(join(dir, 'blocker'), '')
    await expect(createLayerCountFile(join(dir, 'blocker', LAYER_COUNT_FILE)).save(new Map([[A, 1]]))).resolves.toBeUndefined()
    expect(readdirSync(dir)).toEqual(['blocker'])
  })
})
