import type { Agent } from 'node:http'
import type Dockerode from 'dockerode'

/**
 * @types/dockerode 4.0.2 lags dockerode 5.0.1. Options interfaces are augmented in place; the
 * class itself cannot be (it is the module's `export =`), so the 5.0.1 methods we rely on — read
 * from lib/docker.js — are declared on an intersection type returned by `createDockerode`.
 */
declare module 'dockerode' {
  interface AbortableOptions {
    abortSignal?: AbortSignal
  }
  interface DockerOptions {
    /** docker-modem passes it to every request; lets a client free its keep-alive sockets. */
    agent?: Agent | undefined
  }
}

export interface EventFilters {
  type?: string[]
  event?: string[]
}

interface Dockerode5 {
  /** GET /_ping; 5.0.1 takes options with an abortSignal. */
  ping(options: Dockerode.AbortableOptions): Promise<Buffer | string>
  version(options: Dockerode.AbortableOptions): Promise<Dockerode.DockerVersion>
  /** GET /system/df. */
  df(options: Dockerode.AbortableOptions): Promise<unknown>
  /** GET /images/get?names=…: one tar holding several images; missing from the typings. */
  getImages(options: { names: string[] } & Dockerode.AbortableOptions): Promise<NodeJS.ReadableStream>
  getEvents(options: { filters: EventFilters } & Dockerode.AbortableOptions): Promise<NodeJS.ReadableStream>
}

export type DockerodeClient = Dockerode & Dockerode5

/** Loads dockerode on first use: requiring it pulls in ssh2 and gRPC, most of the CLI's start-up. */
export function createDockerode(options: Dockerode.DockerOptions): DockerodeClient {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy, see above
  const DockerodeClass = require('dockerode') as typeof Dockerode
  return new DockerodeClass(options) as DockerodeClient
}

export type { Dockerode }
