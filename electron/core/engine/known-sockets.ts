import { posix } from 'node:path'
import type { EngineEndpoint } from '../../../shared/model'

export interface KnownSocketsInput {
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  uid: number | null
  home: string
}

/** The engine URL the docker CLI falls back to on this platform. */
export function defaultEngineUrl(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'npipe:////./pipe/docker_engine' : 'unix:///var/run/docker.sock'
}

/**
 * Where the engines people actually run put their socket, most specific first: a desktop VM's
 * socket in the home folder beats the system socket, which Docker Desktop may also symlink.
 */
export function knownSocketEndpoints(input: KnownSocketsInput): EngineEndpoint[] {
  if (input.platform === 'win32') {
    return [
      known('Docker Engine (default pipe)', 'npipe:////./pipe/docker_engine'),
      known('Podman machine', 'npipe:////./pipe/podman-machine-default'),
    ]
  }
  const home = (...parts: string[]) => posix.join(input.home, ...parts)
  const runtimeDir = input.env.XDG_RUNTIME_DIR || (input.uid === null ? null : `/run/user/${input.uid}`)
  const sockets: Array<[string, string | null]> = [
    ['Docker Desktop', home('.docker', 'run', 'docker.sock')],
    ['Docker Desktop', home('.docker', 'desktop', 'docker.sock')],
    ['Colima', home('.colima', 'default', 'docker.sock')],
    ['Colima', home('.config', 'colima', 'default', 'docker.sock')],
    ['OrbStack', home('.orbstack', 'run', 'docker.sock')],
    ['Rancher Desktop', home('.rd', 'docker.sock')],
    ['Podman (rootless)', runtimeDir && posix.join(runtimeDir, 'podman', 'podman.sock')],
    ['Podman (rootful)', '/run/podman/podman.sock'],
    ['Docker Engine (rootless)', runtimeDir && posix.join(runtimeDir, 'docker.sock')],
    ['Docker Engine (default socket)', '/var/run/docker.sock'],
  ]
  const seen = new Set<string>()
  const endpoints: EngineEndpoint[] = []
  for (const [label, path] of sockets) {
    if (path === null || seen.has(path)) continue
    seen.add(path)
    endpoints.push(known(label, `unix://${path}`))
  }
  return endpoints
}

function known(label: string, url: string): EngineEndpoint {
  return { source: 'known-socket', label, url }
}
