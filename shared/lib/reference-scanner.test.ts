import { describe, expect, it } from 'vitest'
import { scanReference } from './reference-scanner'

const F64 = 'f'.repeat(64)
const F128 = 'f'.repeat(128)

// Cases read from distribution/reference's own tests (reference_test.go, normalize_test.go),
// restated in Docker's normalised form: [input, domain, path, tag, digest].
const valid: [string, string, string, string | null, string | null][] = [
  ['test_com', 'docker.io', 'library/test_com', null, null],
  ['test.com:tag', 'docker.io', 'library/test.com', 'tag', null],
  ['test.com:5000', 'docker.io', 'library/test.com', '5000', null],
  ['test.com/repo:tag', 'test.com', 'repo', 'tag', null],
  ['test:5000/repo', 'test:5000', 'repo', null, null],
  ['test:5000/repo:tag', 'test:5000', 'repo', 'tag', null],
  [`test:5000/repo@sha256:${F64}`, 'test:5000', 'repo', null, `sha256:${F64}`],
  [`test:5000/repo:tag@sha256:${F64}`, 'test:5000', 'repo', 'tag', `sha256:${F64}`],
  ['lowercase:Uppercase', 'docker.io', 'library/lowercase', 'Uppercase', null],
  ['sub-dom1.foo.com/bar/baz/quux:some-long-tag', 'sub-dom1.foo.com', 'bar/baz/quux', 'some-long-tag', null],
  ['b.gcr.io/test.example.com/my-app:test.example.com', 'b.gcr.io', 'test.example.com/my-app', 'test.example.com', null],
  ['xn--n3h.com/myimage:xn--n3h.com', 'xn--n3h.com', 'myimage', 'xn--n3h.com', null],
  [`xn--7o8h.com/myimage:xn--7o8h.com@sha512:${F128}`, 'xn--7o8h.com', 'myimage', 'xn--7o8h.com', `sha512:${F128}`],
  ['foo_bar.com:8080', 'docker.io', 'library/foo_bar.com', '8080', null],
  ['foo/foo_bar.com:8080', 'docker.io', 'foo/foo_bar.com', '8080', null],
  ['192.168.1.1', 'docker.io', 'library/192.168.1.1', null, null],
  ['192.168.1.1:5000/repo:5050', '192.168.1.1:5000', 'repo', '5050', null],
  ['[2001:db8::1]/repo', '[2001:db8::1]', 'repo', null, null],
  ['[2001:db8:1:2:3:4:5:6]/repo:tag', '[2001:db8:1:2:3:4:5:6]', 'repo', 'tag', null],
  [`[2001:db8::1]:5000/repo:tag@sha256:${F64}`, '[2001:db8::1]:5000', 'repo', 'tag', `sha256:${F64}`],
  ['[::1]:5000/repo', '[::1]:5000', 'repo', null, null],
  ['docker.io/library/debian', 'docker.io', 'library/debian', null, null],
  ['docker.io/debian', 'docker.io', 'library/debian', null, null],
  ['index.docker.io/docker/docker', 'docker.io', 'docker/docker', null, null],
  ['localhost/app', 'localhost', 'app', null, null],
  ['docker---rules/docker', 'docker.io', 'docker---rules/docker', null, null],
  ['dock__er/docker', 'docker.io', 'dock__er/docker', null, null],
  ['d/docker', 'docker.io', 'd/docker', null, null],
  ['Docker/docker', 'Docker', 'docker', null, null],
  [`docker.io/${'1a3f5e7d'.repeat(8)}`, 'docker.io', `library/${'1a3f5e7d'.repeat(8)}`, null, null],
  ['thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev', 'docker.io', 'library/thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev', null, null],
  ['docker.io/library/foo/bar', 'docker.io', 'library/foo/bar', null, null],
  [`busybox:latest@sha256:${F64}`, 'docker.io', 'library/busybox', 'latest', `sha256:${F64}`],
  [`a:${'t'.repeat(128)}`, 'docker.io', 'library/a', 't'.repeat(128), null],
]

const invalid: [string, RegExp][] = [
  ['', /empty part/],
  [':justtag', /empty part/],
  [`@sha256:${F64}`, /empty part/],
  ['repo@sha256:ffffffffffffffffffffffffffffffffff', /64 hex characters/],
  [`validname@invaliddigest:${F64}`, /64 hex characters/],
  [`a@sha256:${'F'.repeat(64)}`, /64 hex characters/],
  [`a@sha512:${F64}`, /128 hex characters/],
  ['Uppercase:tag', /lowercase/],
  ['test:5000/Uppercase/lowercase:tag', /lowercase/],
  ['docker/Docker', /lowercase/],
  [`${'a/'.repeat(128)}a:tag`, /255/],
  [`${'a/'.repeat(127)}a:tag-puts-this-over-max`, /255/],
  ['aa/asdf$$^/aa', /only lowercase letters/],
  ['[2001:db8::1]', /only lowercase letters/],
  ['[2001:db8::1]:5000', /only lowercase letters/],
  ['[fe80::1%eth0]:5000/repo', /registry host/],
  ['[2001:db8:3:4::192.0.2.33]:5000/debian', /registry host/],
  ['fc00::1:5000/debian', /registry host/],
  ['https://github.com/docker/docker', /registry host/],
  ['-docker', /starts and ends with a letter or digit/],
  ['-docker.io/docker/docker', /registry host/],
  ['docker-/docker', /starts and ends/],
  ['____/____', /starts and ends/],
  ['dock..er/docker', /registry host/],
  ['dock..er/docker', /registry host/],
  ['dock___er/docker', /starts and ends/],
  ['docker///docker', /empty part/],
  ['docker/', /empty part/],
  ['1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a', /image ID/],
  ['python:3.12:slim', /cannot contain ":"/],
  ['python:', /empty/],
  ['python:-slim', /does not start with/],
  [`a:${'t'.repeat(129)}`, /at most 128/],
  ['python 3', /spaces/],
  [`a@sha256:${F64}@x`, /64 hex characters/],
]

describe('scanReference agrees with distribution/reference', () => {
  it.each(valid)('%s reads as %s / %s', (input, domain, path, tag, digest) => {
    expect(scanReference(input)).toEqual({ ok: true, domain, path, tag, digest })
  })

  it.each(invalid)('%s is refused, saying %s', (input, reason) => {
    const scanned = scanReference(input)
    expect(scanned.ok).toBe(false)
    if (!scanned.ok) expect(scanned.reason).toMatch(reason)
  })
})

describe('scanReference on input built to make a backtracking parser stall', () => {
  it.each([
    ['the jupyter digest with a bad last character', `quay.io/jupyter/base-notebook-x:1@sha256:${'a'.repeat(40)}X`, /64 hex characters/],
    ['twenty "a/" segments and a capital', `${'a/'.repeat(20)}A`, /lowercase/],
    ['a 2,000-character variant', `quay.io/jupyter/${'base-notebook-x/'.repeat(120)}x:1@sha256:${'a'.repeat(40)}X`, /characters long/],
    ['a megabyte of name', 'a'.repeat(1_000_000), /characters long/],
    ['dashes between every letter', `${'a-'.repeat(100)}!`, /only lowercase letters/],
  ])('%s is refused', (_shape, input, reason) => {
    const scanned = scanReference(input)
    expect(scanned.ok).toBe(false)
    if (!scanned.ok) expect(scanned.reason).toMatch(reason)
  })
})
