import type { EngineProduct, ImageStore } from '../../../shared/model'
import type { EngineVersion } from './engine-api-types'

export interface EngineIdentity {
  product: EngineProduct
  imageStore: ImageStore
  /** What the engine panel and reports call it: "Docker 26.1 · containerd image store", "Docker 20.10 · overlay2 graph driver", "Podman 4.3". */
  title: string
}

/**
 * Which engine answered and how it stores images, from GET /version (Podman names itself in
 * Components: "Podman Engine") and GET /info (Docker's containerd store reports the driver-type
 * io.containerd.snapshotter.v1 in DriverStatus). The store decides what an image ID is (an image
 * config digest, or a manifest/index digest) and what the listed sizes mean.
 */
export function identifyEngine(version: EngineVersion): EngineIdentity {
  const isPodman = (version.Components ?? []).some((component) => /podman/i.test(component.Name))
    || /podman/i.test(version.Platform?.Name ?? '')
  const product: EngineProduct = isPodman ? 'podman' : 'docker'
  const imageStore = storeOf(product, version.Storage)
  const name = `${isPodman ? 'Podman' : 'Docker'} ${majorMinor(version.Version)}`
  if (isPodman) return { product, imageStore, title: name }
  const store = imageStore === 'containerd' ? 'containerd image store'
    : imageStore === 'graph-driver' ? `${version.Storage?.Driver || 'graph'} graph driver` : 'image store unknown'
  return { product, imageStore, title: `${name} · ${store}` }
}

function storeOf(product: EngineProduct, storage: EngineVersion['Storage']): ImageStore {
  if (product === 'podman') return 'podman'
  if (!storage) return 'unknown'
  const usesSnapshotter = storage.DriverStatus.some(([key, value]) => key === 'driver-type' && /containerd\.snapshotter/.test(value ?? ''))
  return usesSnapshotter ? 'containerd' : 'graph-driver'
}

/** "26.1.5+dfsg1" -> "26.1", "4.3.1" -> "4.3"; anything else as it came. */
function majorMinor(version: string): string {
  const match = /^(\d+)\.(\d+)/.exec(version)
  return match ? `${match[1]}.${match[2]}` : version
}
