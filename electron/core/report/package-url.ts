import type { InstalledPackage, PackageInventory } from '../../../shared/model'

/** Percent-encodes one purl segment: everything but unreserved characters, as the purl spec asks. */
const encode = (value: string): string => encodeURIComponent(value)

/** Default namespaces when the image's os-release does not say which distribution it is. */
const DEFAULT_NAMESPACE = { deb: 'debian', apk: 'alpine', rpm: 'redhat' } as const

/**
 * The package URL (github.com/package-url/purl-spec) of an installed package: pkg:deb/debian/…,
 * pkg:apk/alpine/…, pkg:pypi/…, pkg:npm/…. Qualifiers are sorted by key, as the spec's canonical form.
 */
export function packageUrl(item: InstalledPackage, distro: PackageInventory['distro']): string {
  // The purl spec's rpm type keeps the epoch out of the version, as the `epoch` qualifier.
  const rpmEpoch = item.ecosystem === 'rpm' && item.version !== null ? /^(\d+):(.+)$/.exec(item.version) : null
  const version = item.version === null ? '' : `@${encode(rpmEpoch?.[2] ?? item.version)}`
  if (item.ecosystem === 'pypi') return `pkg:pypi/${encode(item.name.toLowerCase().replace(/[-_.]+/g, '-'))}${version}`
  if (item.ecosystem === 'npm') {
    const scoped = /^(@[^/]+)\/(.+)$/.exec(item.name)
    const path = scoped ? `${encode(scoped[1] ?? '')}/${encode(scoped[2] ?? '')}` : encode(item.name)
    return `pkg:npm/${path}${version}`
  }
  const namespace = distro?.id ?? DEFAULT_NAMESPACE[item.ecosystem]
  const qualifiers: [string, string][] = []
  if (item.architecture !== null) qualifiers.push(['arch', item.architecture])
  if (distro !== null) qualifiers.push(['distro', distro.versionId === null ? distro.id : `${distro.id}-${distro.versionId}`])
  if (rpmEpoch?.[1] !== undefined) qualifiers.push(['epoch', rpmEpoch[1]])
  if (item.source !== null) qualifiers.push(['upstream', item.source])
  const query = qualifiers.length === 0 ? '' : `?${qualifiers.map(([key, value]) => `${key}=${encode(value)}`).join('&')}`
  return `pkg:${item.ecosystem}/${encode(namespace.toLowerCase())}/${encode(item.name)}${version}${query}`
}
