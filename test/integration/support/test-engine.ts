import { request } from 'node:http'

/** The engine this run tests (BASELINE_TEST_ENGINE; Docker 20.10 when unset). */
export type TestEngineName = 'docker20' | 'docker26' | 'podman'
export const testEngine: TestEngineName = (process.env.BASELINE_TEST_ENGINE as TestEngineName | undefined) ?? 'docker20'

/**
 * Only Docker's graph-driver store keeps an image for the images built on it: on Podman and under
 * the containerd store, `docker rmi` of its last tag deletes it even while a child exists (both
 * print "Deleted:"). Moving the tag to another image leaves it behind untagged on all three.
 */
export const keepsUntaggedParents = testEngine === 'docker20'

/**
 * Docker 20.10 reports bytes of files; Podman tar sizes (an empty layer is 1,024 bytes); Docker 26
 * on the containerd store disk blocks (4,096 for an empty layer). Only on 20.10 do the engine's
 * figures equal the bytes the fixtures wrote.
 */
export const sizesAreFileBytes = testEngine === 'docker20'

function socketPath(): string {
  const host = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock'
  if (!host.startsWith('unix://')) throw new Error(`the tests read the engine over a unix socket, not ${host}`)
  return host.slice('unix://'.length)
}

/**
 * GET on the engine's own API, for the figures its CLI only prints rounded: the list's Size, which
 * under the containerd store is not inspect's Size (content only) and is what `docker image ls`
 * prints. The engine is the oracle here, not our client.
 */
export function engineGet<T>(path: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: socketPath(), path, method: 'GET' }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        if ((response.statusCode ?? 0) >= 300) reject(new Error(`GET ${path}: HTTP ${response.statusCode}: ${text}`))
        else resolve(JSON.parse(text) as T)
      })
      response.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

/** `docker image ls` SIZE in bytes ("on disk"), by full image ID. */
export async function listedSizes(): Promise<Map<string, number>> {
  const images = await engineGet<Array<{ Id: string; Size: number }>>('/images/json')
  return new Map(images.map((image) => [image.Id, image.Size]))
}

/** The "on disk" bytes of one image as the engine lists it. */
export async function listedSize(reference: string): Promise<number> {
  const inspect = await engineGet<{ Id: string }>(`/images/${encodeURIComponent(reference)}/json`)
  const size = (await listedSizes()).get(inspect.Id)
  if (size === undefined) throw new Error(`${reference} (${inspect.Id}) is not in the engine's list`)
  return size
}
