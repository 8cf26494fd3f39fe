import { execFile } from 'node:child_process'
import { get } from 'node:http'
import { promisify } from 'node:util'
import { daemonSocket } from './docker-proxy'

const run = promisify(execFile)

/**
 * The Docker CLI as the oracle: what the app shows is compared with what `docker` itself says
 * about the same daemon, never with figures the test computed from the app's own answers.
 */
export async function docker(...args: string[]): Promise<string> {
  // The test process's own environment: tests hand the proxy to the core only, never to the CLI.
  const { stdout } = await run('docker', args, { maxBuffer: 64 * 1024 * 1024 })
  return stdout.trim()
}

export async function isDaemonReachable(): Promise<boolean> {
  try {
    await docker('version', '--format', '{{.Server.Version}}')
    return true
  } catch {
    return false
  }
}

export async function imageId(reference: string): Promise<string> {
  return docker('image', 'inspect', '--format', '{{.Id}}', reference)
}

export async function imageSizeBytes(reference: string): Promise<number> {
  return Number(await docker('image', 'inspect', '--format', '{{.Size}}', reference))
}

export async function imageTags(reference: string): Promise<string[]> {
  return JSON.parse(await docker('image', 'inspect', '--format', '{{json .RepoTags}}', reference)) as string[]
}

export async function layerCount(reference: string): Promise<number> {
  return Number(await docker('image', 'inspect', '--format', '{{len .RootFS.Layers}}', reference))
}

/** Sizes of `docker history` in bytes, oldest step first (the CLI prints newest first). */
export async function historySizesOldestFirst(reference: string): Promise<number[]> {
  const out = await docker('history', '--no-trunc', '--human=false', '--format', '{{.Size}}', reference)
  return out.split('\n').filter((line) => line !== '').map(Number).reverse()
}

export async function tagImage(source: string, target: string): Promise<void> {
  await docker('tag', source, target)
}

/** Removes a tag only: the image keeps its other tags, so nothing is deleted. */
export async function untagImage(reference: string): Promise<void> {
  await docker('image', 'rm', reference)
}

/**
 * One GET of the Engine API on the real socket, for the figures the CLI only prints rounded (its
 * `system df` keeps four digits where the app shows three, so the two cannot be compared as text).
 */
export function engineGet(path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    get({ socketPath: daemonSocket(), path }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`GET ${path}: ${String(response.statusCode)} ${body}`))
        else resolve(JSON.parse(body) as unknown)
      })
      response.on('error', reject)
    }).on('error', reject)
  })
}

/**
 * What images occupy with shared layers counted once: the daemon's LayersSize, as `docker system
 * df` reports it. Throws while another df runs (the daemon answers 500 then); callers poll.
 */
export async function imagesDiskUsageBytes(): Promise<number> {
  const body = await engineGet('/system/df') as { LayersSize?: unknown }
  if (typeof body.LayersSize !== 'number') throw new Error('GET /system/df answered without LayersSize')
  return body.LayersSize
}

/** Every image's size added up, shared layers once per image: the app's labelled fallback figure. */
export async function imagesSizeSumBytes(): Promise<number> {
  const images = await engineGet('/images/json') as { Size: number }[]
  return images.reduce((sum, image) => sum + image.Size, 0)
}
