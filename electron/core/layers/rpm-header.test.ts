import { describe, expect, it } from 'vitest'
import { rpmEntries, rpmHeader, rpmHeaderBlob } from '../../../test/fixtures/packages/rpm-headers'
import { parseRpmHeader } from './rpm-header'

const GLIBC = { name: 'glibc', version: '2.38', release: '10.fc39', arch: 'x86_64', sourceRpm: 'glibc-2.38-10.fc39.src.rpm' }

describe('the rpm header of one package', () => {
  it('reads name, version-release, architecture and the source package from SOURCERPM', () => {
    expect(parseRpmHeader(rpmHeader(GLIBC))).toEqual({ name: 'glibc', version: '2.38-10.fc39', architecture: 'x86_64', source: null })
    expect(parseRpmHeader(rpmHeader({ ...GLIBC, name: 'glibc-langpack-en' }))?.source).toBe('glibc')
  })

  it('writes the epoch before the version, as rpm -q prints EVR', () => {
    const perl = { name: 'perl-libs', version: '5.38.0', release: '502.fc39', epoch: 4, arch: 'x86_64', sourceRpm: 'perl-5.38.0-502.fc39.src.rpm' }
    expect(parseRpmHeader(rpmHeader(perl))).toEqual({ name: 'perl-libs', version: '4:5.38.0-502.fc39', architecture: 'x86_64', source: 'perl' })
  })

  it('keeps a dashed source name whole and reads a no-source package', () => {
    expect(parseRpmHeader(rpmHeader({ ...GLIBC, name: 'python3-libs', sourceRpm: 'python3.12-3.12.0-1.fc39.src.rpm' }))?.source).toBe('python3.12')
    expect(parseRpmHeader(rpmHeader({ ...GLIBC, name: 'x', sourceRpm: 'rpm-ostree-2023.8-1.fc39.nosrc.rpm' }))?.source).toBe('rpm-ostree')
  })

  it('gives null for the fields a header leaves out (gpg-pubkey has no architecture or source)', () => {
    expect(parseRpmHeader(rpmHeader({ name: 'gpg-pubkey', version: '18b8e74c', release: '62f2920f' }))).toEqual({ name: 'gpg-pubkey', version: '18b8e74c-62f2920f', architecture: null, source: null })
    expect(parseRpmHeader(rpmHeader({ name: 'bare' }))).toEqual({ name: 'bare', version: null, architecture: null, source: null })
    expect(parseRpmHeader(rpmHeader({ version: '1', release: '1' }))).toBeNull()
  })

  it('refuses blobs that are too short, claim absurd sizes, or point outside their data', () => {
    const good = rpmHeader(GLIBC)
    const withWord = (at: number, value: number): Buffer => {
      const copy = Buffer.from(good)
      copy.writeInt32BE(value, at)
      return copy
    }
    expect(parseRpmHeader(Buffer.alloc(0))).toBeNull()
    expect(parseRpmHeader(good.subarray(0, 7))).toBeNull()
    expect(parseRpmHeader(good.subarray(0, good.length - 1))).toBeNull()
    expect(parseRpmHeader(withWord(0, 0x7fffffff))).toBeNull()
    expect(parseRpmHeader(withWord(0, -1))).toBeNull()
    expect(parseRpmHeader(withWord(4, 0x7fffffff))).toBeNull()
    expect(parseRpmHeader(withWord(4, -5))).toBeNull()
    // The NAME entry (second) pointing past the store, or before it: no name, no package.
    expect(parseRpmHeader(withWord(8 + 16 + 8, 1_000_000))).toBeNull()
    expect(parseRpmHeader(withWord(8 + 16 + 8, -4))).toBeNull()
  })

  it('reads no string of a wrong type or without its terminating NUL', () => {
    const entries = rpmEntries(GLIBC)
    const asInt = entries.map((entry) => (entry.tag === 1022 ? { ...entry, type: 4 } : entry))
    expect(parseRpmHeader(rpmHeaderBlob(asInt))?.architecture).toBeNull()
    const unterminated = [...entries.filter((entry) => entry.tag !== 1044), { tag: 1044, type: 6, count: 1, data: Buffer.from('glibc-2.38-10.fc39.src.rpm') }]
    expect(parseRpmHeader(rpmHeaderBlob(unterminated))?.source).toBeNull()
  })

  it('cuts a name of a megabyte to the value limit', () => {
    const record = parseRpmHeader(rpmHeader({ ...GLIBC, name: 'n'.repeat(1_000_000) }))
    expect(record?.name).toHaveLength(256)
  })
})
