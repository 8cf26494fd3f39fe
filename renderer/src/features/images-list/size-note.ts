import type { ImageStore } from '../../../../shared/model'

/**
 * What the list's "On disk" figure is on this engine: each engine gives one figure for the list,
 * and they are not the same thing (the containerd store's is content plus unpacked snapshot,
 * 4.12 MB there for what Docker 20.10 lists as 1.99 MB).
 */
export function sizeNoteOf(store: ImageStore): string | null {
  switch (store) {
    case 'containerd':
      return 'On disk is the containerd image store’s figure: compressed content plus the unpacked snapshot. An image’s page shows its content (compressed) alone.'
    case 'podman':
      return 'On disk is Podman’s figure: the size of the image’s layers as tar archives.'
    case 'graph-driver':
      return 'On disk: the image’s unpacked layers, as docker image ls counts them (layers shared with other images included).'
    case 'unknown':
      return null
  }
}
