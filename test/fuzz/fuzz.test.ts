import { describe, expect, it } from 'vitest'
import { fuzzDockerfiles } from './dockerfile-fuzzer'
import { fuzzFileBytes } from './file-bytes-fuzzer'
import { fuzzImageMetadata } from './metadata-fuzzer'
import { fuzzPackageDatabases, fuzzRpmHeaders } from './package-fuzzer'
import { fuzzReferences } from './reference-fuzzer'
import { fuzzTarArchives } from './tar-fuzzer'

// A fixed-seed smoke of each fuzzer: no input may crash (only our deliberate refusals are allowed),
// and vitest's own timeout catches a hang. `npm run fuzz` runs them at size and prints timings.
const SEED = 20261207

describe('fuzz smoke', () => {
  it('mutated fixture Dockerfiles are analysed or refused as invalid input', () => {
    expect(fuzzDockerfiles(SEED, 150).crashes).toEqual([])
  })

  it('generated references, pathological shapes included, get a pinning verdict', () => {
    expect(fuzzReferences(SEED, 2000).crashes).toEqual([])
  })

  it('mutated layer tars are walked or refused with a reason', () => {
    expect(fuzzTarArchives(SEED, 300).crashes).toEqual([])
  })

  it('mutated package databases are parsed within their limits', () => {
    expect(fuzzPackageDatabases(SEED, 300).crashes).toEqual([])
  })

  it('mutated rpm headers, and rpmdb.sqlite files of them, are read or refused', () => {
    expect(fuzzRpmHeaders(SEED, 500).crashes).toEqual([])
  })

  it('bytes of files read from layers decode to lines and hex rows, every byte accounted for', () => {
    expect(fuzzFileBytes(SEED, 300).crashes).toEqual([])
  })

  it('hostile labels, tags and history are mapped and analysed', () => {
    expect(fuzzImageMetadata(SEED, 100).crashes).toEqual([])
  })
})
