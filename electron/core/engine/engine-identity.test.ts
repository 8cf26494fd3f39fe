import { describe, expect, it } from 'vitest'
import { identifyEngine } from './engine-identity'

// The /version and /info fields as the three engines of ENVIRONMENT.md sent them (2026-12-07).
const docker20 = {
  Version: '20.10.24+dfsg1', ApiVersion: '1.41', Os: 'linux', Arch: 'amd64',
  Components: [{ Name: 'Engine', Version: '20.10.24+dfsg1' }],
  Storage: { Driver: 'overlay2', DriverStatus: [['Backing Filesystem', 'extfs']] as Array<[string, string]> },
}
const docker26 = {
  Version: '26.1.5+dfsg1', ApiVersion: '1.45', Os: 'linux', Arch: 'amd64', Platform: { Name: '' },
  Components: [{ Name: 'Engine', Version: '26.1.5+dfsg1' }, { Name: 'containerd', Version: '1.7.24~ds1' }],
  Storage: { Driver: 'overlayfs', DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']] as Array<[string, string]> },
}
const podman = {
  Version: '4.3.1', ApiVersion: '1.41', Os: 'linux', Arch: 'amd64', Platform: { Name: 'linux/amd64/debian-12' },
  Components: [{ Name: 'Podman Engine', Version: '4.3.1' }, { Name: 'Conmon', Version: 'conmon version 2.1.6' }],
  Storage: { Driver: 'overlay', DriverStatus: [['Native Overlay Diff', 'true']] as Array<[string, string]> },
}

describe('identifyEngine', () => {
  it('names Docker 20.10 with its graph driver', () => {
    expect(identifyEngine(docker20)).toEqual({ product: 'docker', imageStore: 'graph-driver', title: 'Docker 20.10 · overlay2 graph driver' })
  })

  it('names Docker 26 on the containerd image store', () => {
    expect(identifyEngine(docker26)).toEqual({ product: 'docker', imageStore: 'containerd', title: 'Docker 26.1 · containerd image store' })
  })

  it('recognises Podman by its Components, not its API version (which claims 1.41)', () => {
    expect(identifyEngine(podman)).toEqual({ product: 'podman', imageStore: 'podman', title: 'Podman 4.3' })
  })

  it('says the store is unknown when /info did not answer', () => {
    const { Storage: _unused, ...versionOnly } = docker26
    expect(identifyEngine(versionOnly).title).toBe('Docker 26.1 · image store unknown')
  })
})
