import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileContent } from '../../shared/model'
import { docker } from '../fixtures/images'
import { BINARY_BYTES, buildFilesImage, CONF_V1, CONF_V2, createFilesScope, LATIN1_BYTES, OS_RELEASE, type FilesImage } from '../fixtures/files/files-images'
import { removeLayersLeftovers } from '../fixtures/layers/layers-scope'
import { BASELINE_BIN, cliEnv } from './support/baseline-cli'
import { createCore, type CoreUnderTest } from './support/core'
import { noDocker } from './support/daemon'

const run = promisify(execFile)
/**
 * `docker run` is the oracle where the engine runs containers. Podman 4.3's compatibility service
 * refuses to attach here ("unable to upgrade to tcp, received 409"), so on Podman the fixture's
 * own bytes, which the image was built from, stand in for it.
 */
const canRunContainers = process.env.BASELINE_TEST_ENGINE !== 'podman'
async function runCat(reference: string, path: string, known: Buffer): Promise<Buffer> {
  if (!canRunContainers) return known
  return (await run('docker', ['run', '--rm', reference, 'cat', path], { encoding: 'buffer' })).stdout
}
const bytesOf = (content: FileContent | null, side: 'current' | 'previous' = 'current'): Buffer => Buffer.from(content?.[side]?.contentBase64 ?? '', 'base64')

describe.skipIf(noDocker)('reading a file of any layer from the engine', () => {
  const scope = createFilesScope('read')
  let image: FilesImage
  let core: CoreUnderTest

  beforeAll(async () => {
    await removeLayersLeftovers()
    image = await buildFilesImage(scope)
    core = createCore()
  }, 120_000)
  afterAll(async () => {
    await core?.close()
    expect(await scope.cleanup()).toEqual([])
  })

  /** files.read as the app runs it: an operation, its finished event, then files.get. */
  async function readFile(path: string, layerIndex: number | null): Promise<FileContent | null> {
    const since = Date.now()
    const request = { reference: image.reference, layerIndex, path }
    const { operationId } = await core.services.handlers['files.read'](request)
    const finished = await core.waitForEvent('operation.finished', (event) => event.operationId === operationId, since, 60_000)
    expect(finished).toMatchObject({ outcome: 'succeeded', error: null })
    return core.services.handlers['files.get'](request)
  }

  it('shows a rewritten file as the top layer leaves it, with a line diff against the layer before', async () => {
    const content = await readFile('/etc/app.conf', null)
    expect(content?.current).toMatchObject({ layerIndex: image.layers.confV2, state: 'file', sizeBytes: CONF_V2.length, isCut: false, mode: 0o644 })
    expect(bytesOf(content).toString('utf8')).toBe(CONF_V2)
    expect(bytesOf(content, 'previous').toString('utf8')).toBe(CONF_V1)
    expect(content?.diff).toMatchObject({ kind: 'text', added: 2, removed: 2 })
    expect(content?.diff?.kind === 'text' ? content.diff.unified : '').toContain('-listen 80\n+listen 8080\n')
  })

  it('shows the first version as of the layer that wrote it, with nothing before', async () => {
    const content = await readFile('etc/app.conf', image.layers.confV1)
    expect([content?.current?.layerIndex, bytesOf(content).toString('utf8'), content?.previous, content?.diff]).toEqual([image.layers.confV1, CONF_V1, null, null])
  })

  it('says "deleted" for a removed file, a symlink by its target, and binary and Latin-1 bytes as they are', async () => {
    expect((await readFile('/etc/gone.txt', null))?.current).toMatchObject({ state: 'deleted', layerIndex: image.layers.last })
    expect((await readFile('/etc/app.link', null))?.current).toMatchObject({ state: 'symlink', linkTarget: 'app.conf' })
    expect(bytesOf(await readFile('/opt/tool.bin', null))).toEqual(BINARY_BYTES)
    expect(bytesOf(await readFile('/etc/latin1.txt', null))).toEqual(LATIN1_BYTES)
    expect(await readFile('/no/such/file', null)).toMatchObject({ current: null, previous: null })
  })

  it('answers a second read from the cache, and refuses a layer the image does not have', async () => {
    const request = { reference: image.reference, layerIndex: image.layers.confV1, path: '/etc/app.conf' }
    expect((await core.services.handlers['files.get'](request))?.current?.layerIndex).toBe(image.layers.confV1)
    await expect(core.services.handlers['files.get']({ ...request, layerIndex: 999 })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('`baseline cat IMAGE /etc/os-release` prints what `docker run --rm IMAGE cat /etc/os-release` prints', async () => {
    const expected = await runCat(image.reference, '/etc/os-release', Buffer.from(OS_RELEASE))
    const printed = await run(process.execPath, [BASELINE_BIN, 'cat', image.reference, '/etc/os-release'], { env: cliEnv(), encoding: 'buffer' })
    expect(printed.stdout).toEqual(expected)
    expect(printed.stdout.toString('utf8')).toBe(OS_RELEASE)
    expect(printed.stderr.toString('utf8')).toBe('')
  })

  it('`baseline cat` follows a symlink, pipes binary bytes unchanged, reads an older layer, and says on stderr what it cannot print', async () => {
    const cat = (args: string[]) => run(process.execPath, [BASELINE_BIN, 'cat', image.reference, ...args], { env: cliEnv(), encoding: 'buffer' })
    expect((await cat(['/etc/app.link'])).stdout.toString('utf8')).toBe(CONF_V2)
    expect((await cat(['/etc/app.conf', '--layer', String(image.layers.confV1)])).stdout.toString('utf8')).toBe(CONF_V1)
    expect((await cat(['/opt/tool.bin'])).stdout).toEqual(await runCat(image.reference, '/opt/tool.bin', BINARY_BYTES))
    const missing = await cat(['/etc/gone.txt']).catch((error: { code: number; stdout: Buffer; stderr: Buffer }) => error)
    expect(['code' in missing ? missing.code : 0, missing.stdout.length, missing.stderr.toString('utf8')]).toEqual([1, 0, `baseline: /etc/gone.txt: no such file in ${image.reference} (deleted in layer ${image.layers.last})\n`])
  })

  it('the image is still there, untouched, after all of this', async () => {
    expect((await docker(['image', 'inspect', '--format', '{{len .RootFS.Layers}}', image.reference])).trim()).toBe(String(image.layers.last + 1))
  })
})
