import type { EngineEndpoint } from '../../../shared/model'
import { dockerConfigDir, resolveContext, selectedContext } from './docker-context'
import type { ContextSelection } from './docker-context'
import type { Discovery, DiscoveryInput, EndpointCandidate, TlsSpec } from './endpoint-types'
import { parseEngineUrl, tlsFromEnv } from './endpoint-url'
import { defaultEngineUrl, knownSocketEndpoints } from './known-sockets'

const SEARCH_HINT =
  'Start Docker Desktop, Colima, OrbStack, Rancher Desktop, Podman or dockerd, or choose an endpoint in Settings.'

/**
 * Decides which endpoints to try, in order: the app setting, DOCKER_HOST, the Docker CLI context,
 * then the sockets of known engines. As in the docker CLI, an explicit choice is authoritative:
 * when one is present it is the only candidate, so a typo never silently lands on another engine.
 */
export function discoverEndpoints(input: DiscoveryInput): Discovery {
  const { env, platform } = input
  const home = homeOf(input)
  const setting = input.setting?.trim()
  if (setting) {
    const endpoint: EngineEndpoint = { source: 'setting', label: 'Baseline setting', url: setting }
    return only(fromUrl(endpoint, tlsFromEnv(env, home)),
      `Baseline's engine setting is ${setting}, so no other endpoint was tried. ` +
      'Clear it in Settings to let Baseline look for an engine.')
  }
  const dockerHost = env.DOCKER_HOST?.trim()
  if (dockerHost) {
    const endpoint: EngineEndpoint = { source: 'DOCKER_HOST', label: 'DOCKER_HOST', url: dockerHost }
    return only(fromUrl(endpoint, tlsFromEnv(env, home)),
      `DOCKER_HOST is set to ${dockerHost}, so no other endpoint was tried. Unset it to let Baseline look for an engine.`)
  }
  const configDir = dockerConfigDir(env, home)
  const context = selectedContext(env, configDir)
  if (context) return only(fromContext(context, configDir, platform), contextHint(context))
  const candidates = knownSocketEndpoints({ env, platform, uid: input.uid, home })
    .map((endpoint) => fromUrl(endpoint, null))
  return { candidates, authoritative: false, hint: SEARCH_HINT }
}

function homeOf(input: DiscoveryInput): string {
  const fromEnv = input.platform === 'win32' ? input.env.USERPROFILE || input.env.HOME : input.env.HOME
  return fromEnv || input.homedir
}

function only(candidate: EndpointCandidate, hint: string): Discovery {
  return { candidates: [candidate], authoritative: true, hint }
}

function fromUrl(endpoint: EngineEndpoint, tls: TlsSpec | null): EndpointCandidate {
  const parsed = parseEngineUrl(endpoint.url, tls)
  return { endpoint, connection: parsed.connection, error: parsed.error }
}

function fromContext(context: ContextSelection, configDir: string, platform: NodeJS.Platform): EndpointCandidate {
  const label = `context '${context.name}'`
  const resolved = resolveContext(context.name, configDir, defaultEngineUrl(platform))
  if (resolved.error !== null) {
    return { endpoint: { source: 'context', label, url: '' }, connection: null, error: resolved.error }
  }
  return fromUrl({ source: 'context', label, url: resolved.url }, resolved.tls)
}

function contextHint(context: ContextSelection): string {
  if (context.selectedBy === 'DOCKER_CONTEXT') {
    return `DOCKER_CONTEXT is set to "${context.name}", so no other endpoint was tried. ` +
      'Unset it to let Baseline look for an engine.'
  }
  return `The Docker CLI's current context is "${context.name}" (${context.configFile}), so no other endpoint ` +
    'was tried. Run "docker context use default" to let Baseline look for an engine.'
}
