/** Where an engine endpoint came from, in the order discovery tries them. */
export type EndpointSource = 'setting' | 'DOCKER_HOST' | 'context' | 'known-socket'

/** One place an engine may listen, as discovery found it. */
export interface EngineEndpoint {
  source: EndpointSource
  /** What a person would recognise: "Docker Desktop", "Colima", "context 'remote'", "DOCKER_HOST". */
  label: string
  /** unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host, npipe:////./pipe/docker_engine */
  url: string
}

/** The outcome of trying one endpoint. */
export interface EndpointAttempt {
  endpoint: EngineEndpoint
  /** null when it answered. */
  error: string | null
}

export interface EngineInfo {
  endpoint: EngineEndpoint
  engineVersion: string
  apiVersion: string
  os: string
  arch: string
  /** e.g. "Docker Engine - Community", "Podman Engine". */
  platformName: string | null
  product: EngineProduct
  /**
   * How the engine keeps images: the containerd store names images by manifest or index digest
   * and can hold several platforms under one name; a graph driver (overlay2) and Podman's
   * containers/storage name them by their config digest.
   */
  imageStore: ImageStore
  /** "Docker 26.1 · containerd image store", "Docker 20.10 · overlay2 graph driver", "Podman 4.3". */
  title: string
}

export type EngineProduct = 'docker' | 'podman'
export type ImageStore = 'containerd' | 'graph-driver' | 'podman' | 'unknown'

export type EngineStatus =
  | { state: 'connected'; engine: EngineInfo; attempts: EndpointAttempt[]; checkedAt: string }
  | { state: 'unreachable'; attempts: EndpointAttempt[]; checkedAt: string; hint: string }
