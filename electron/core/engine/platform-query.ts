/**
 * Which calls of the Docker Engine API take a platform, from its version history
 * (docs.docker.com/reference/api/engine/version-history):
 * - 1.47: GET /images/json?manifests=1 lists each image's per-platform manifests (`Manifests`);
 * - 1.48: GET /images/{name}/history and GET /images/{name}/get (export) take `platform`;
 * - 1.49: GET /images/{name}/json (inspect) takes `platform`.
 * Docker 26.1 speaks 1.45: none of them. There inspect and history describe the engine's own
 * platform (or the first one present), the list says nothing of platforms, and the export holds
 * every present platform — so the platforms are read from the export's index, and a scan reads
 * the chosen platform's manifest out of it (layers/export-layout.ts). Podman 4.3 answers 1.41.
 */
export type PlatformCall = 'list-manifests' | 'history' | 'export' | 'inspect'

const SINCE: Record<PlatformCall, readonly [number, number]> = {
  'list-manifests': [1, 47],
  history: [1, 48],
  export: [1, 48],
  inspect: [1, 49],
}

/** "1.45" -> [1, 45]; anything unreadable counts as too old to take a platform. */
function versionOf(apiVersion: string): [number, number] {
  const match = /^(\d+)\.(\d+)/.exec(apiVersion)
  return match ? [Number(match[1]), Number(match[2])] : [0, 0]
}

export function takesPlatform(apiVersion: string, call: PlatformCall): boolean {
  const [major, minor] = versionOf(apiVersion)
  const [needMajor, needMinor] = SINCE[call]
  return major > needMajor || (major === needMajor && minor >= needMinor)
}

/** The API version a call needs for its platform, for messages: "1.49". */
export function platformSince(call: PlatformCall): string {
  return SINCE[call].join('.')
}

/** The query the engine expects: a JSON-encoded OCI platform, `{"os":"linux","architecture":"arm64","variant":"v8"}`. */
export function platformQuery(platform: string): string {
  const [os, architecture, variant] = platform.split('/')
  return `platform=${encodeURIComponent(JSON.stringify({ os, architecture, ...(variant ? { variant } : {}) }))}`
}
