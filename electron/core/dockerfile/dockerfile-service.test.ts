import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/contract'
import { loadCatalog } from '../catalog/catalog'
import { createDockerfileService, type DockerfileService } from './dockerfile-service'

const MULTI_STAGE = 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\n'

let dir: string
let service: DockerfileService
let listCalls: number

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baseline-dockerfiles-'))
  listCalls = 0
  service = createDockerfileService({
    dataDir: dir,
    // No engine: the analysis must go on without local images.
    listImages: async () => {
      listCalls += 1
      throw new ApiError('DOCKER_UNREACHABLE', 'No Docker engine answered')
    },
    catalog: loadCatalog,
    warn: () => undefined,
  })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('the Dockerfile service', () => {
  it('analyses base64 bytes with no engine', async () => {
    const analysis = await service.analyze(Buffer.from(MULTI_STAGE).toString('base64'), 'Dockerfile')
    expect(analysis.stages.map((stage) => stage.resolvedFrom)).toEqual(['golang:1.22', 'alpine:3.20'])
    expect(analysis.finalBase).toBe('alpine:3.20')
    expect(listCalls).toBe(1)
  })

  it('refuses bytes that are not a Dockerfile with INVALID_INPUT', async () => {
    await expect(service.analyze('', 'empty')).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(service.analyze(Buffer.from([0, 1, 2]).toString('base64'))).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('File › Open returns the bytes and records the path as the newest recent file', async () => {
    const first = write('Dockerfile', MULTI_STAGE)
    const second = write('Dockerfile.dev', 'FROM node:20\n')
    await service.openPath(first)
    const opened = await service.openPath(second)
    expect(opened).toEqual({ path: second, name: 'Dockerfile.dev', contentBase64: Buffer.from('FROM node:20\n').toString('base64') })
    expect((await service.recent()).files.map((file) => file.path)).toEqual([second, first])
    expect(await service.lastFolder()).toBe(dir)
  })

  it('does not record a file it could not read', async () => {
    await expect(service.openPath(dir)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect((await service.recent()).files).toEqual([])
    expect(await service.lastFolder()).toBeNull()
  })

  it('reopens only paths of the recent list', async () => {
    const path = write('Dockerfile', MULTI_STAGE)
    await expect(service.openRecent(path)).rejects.toMatchObject({ code: 'INVALID_REQUEST' })
    await service.openPath(path)
    expect((await service.openRecent(path)).contentBase64).toBe(Buffer.from(MULTI_STAGE).toString('base64'))
    await expect(service.openRecent('/etc/passwd')).rejects.toMatchObject({ code: 'INVALID_REQUEST' })
  })

  it('analyses a path for the CLI without touching the recent list', async () => {
    const analysis = await service.analyzePath(write('Dockerfile', MULTI_STAGE))
    expect(analysis.finalStage).toBe(1)
    expect((await service.recent()).files).toEqual([])
  })
})
