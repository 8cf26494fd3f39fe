import { describe, expect, it } from 'vitest'
import type { FileKind } from '../../../shared/model'
import { readFileFacts } from './file-facts'
import { emptyRawLayer, type RawLayer } from './raw-layer'
import { replayLayers } from './replay'

type Spec = [path: string, kind: FileKind, sizeBytes?: number, linkTarget?: string]

function layer(specs: Spec[], extra: Partial<Pick<RawLayer, 'whiteouts' | 'texts' | 'packageCounts'>> = {}): RawLayer {
  const records = specs.map(([path, kind, sizeBytes = 0, linkTarget]) => ({ path, kind, sizeBytes, linkTarget: linkTarget ?? null, mode: null }))
  return { ...emptyRawLayer('test'), records, ...extra }
}

const factsOf = (layers: RawLayer[], env: string[] = []) => readFileFacts({ final: replayLayers(layers).final, layers, env })

describe('readFileFacts', () => {
  it('reads a Debian python image: glibc, dpkg count, python from ENV, os-release through its symlink, shell through bin -> usr/bin', () => {
    const facts = factsOf(
      [
        layer(
          [
            ['bin', 'symlink', 0, 'usr/bin'],
            ['usr/bin/dash', 'file', 125_000],
            ['usr/bin/sh', 'symlink', 0, 'dash'],
            ['lib64/ld-linux-x86-64.so.2', 'symlink', 0, '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2'],
            ['usr/lib/x86_64-linux-gnu/libc.so.6', 'file', 2_000_000],
            ['etc/os-release', 'symlink', 0, '../usr/lib/os-release'],
            ['usr/lib/os-release', 'file', 60],
            ['var/lib/dpkg/status', 'file', 90_000],
          ],
          {
            texts: new Map([['usr/lib/os-release', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n']]),
            packageCounts: new Map([['var/lib/dpkg/status', 87]]),
          },
        ),
        layer([['usr/local/bin/python3.12', 'file', 6_000], ['usr/local/bin/python3', 'symlink', 0, 'python3.12']]),
      ],
      ['PATH=/usr/local/bin', 'PYTHON_VERSION=3.12.3'],
    )
    expect(facts.osRelease).toEqual({ id: 'debian', versionId: '12', prettyName: 'Debian GNU/Linux 12 (bookworm)' })
    expect(facts.libc).toBe('glibc')
    expect(facts.packages).toEqual([{ manager: 'dpkg', count: 87 }])
    expect(facts.runtimes).toEqual([{ name: 'python', version: '3.12.3', path: 'usr/local/bin/python3.12' }])
    expect(facts.shell).toBe('bin/sh')
  })

  it('reads an Alpine image: musl, apk count', () => {
    const facts = factsOf([
      layer([['lib/ld-musl-x86_64.so.1', 'file', 600_000], ['bin/busybox', 'file', 800_000], ['bin/sh', 'symlink', 0, '/bin/busybox'], ['lib/apk/db/installed', 'file', 9_000]], {
        packageCounts: new Map([['lib/apk/db/installed', 15]]),
      }),
    ])
    expect(facts.libc).toBe('musl')
    expect(facts.packages).toEqual([{ manager: 'apk', count: 15 }])
    expect(facts.shell).toBe('bin/sh')
  })

  it('adds up each compiler and the headers, cc1plus counted for g++ only', () => {
    const facts = factsOf([
      layer([
        ['usr/bin/gcc-12', 'file', 1_000],
        ['usr/bin/gcc', 'symlink', 0, 'gcc-12'],
        ['usr/bin/g++-12', 'file', 1_100],
        ['usr/lib/gcc/x86_64-linux-gnu/12/cc1', 'file', 30_000],
        ['usr/lib/gcc/x86_64-linux-gnu/12/cc1plus', 'file', 40_000],
        ['usr/lib/gcc/x86_64-linux-gnu/12/libgcc.a', 'file', 500],
        ['usr/include/stdio.h', 'file', 30],
        ['usr/include/linux/types.h', 'file', 20],
      ]),
    ])
    // g++: g++-12 1100 + cc1plus 40000; gcc: gcc-12 1000 + cc1 30000 + libgcc.a 500.
    expect(facts.compilers).toEqual([
      { name: 'g++', path: 'usr/bin/g++-12', sizeBytes: 41_100 },
      { name: 'gcc', path: 'usr/bin/gcc', sizeBytes: 31_500 },
    ])
    expect(facts.headers).toEqual({ fileCount: 2, sizeBytes: 50 })
  })

  it('forgets what a later layer deleted: the final filesystem has no compiler', () => {
    const facts = factsOf([
      layer([['usr/bin/gcc', 'file', 1_000], ['usr/lib/gcc/x86_64-linux-gnu/12/cc1', 'file', 30_000], ['var/lib/dpkg/status', 'file', 10]], {
        packageCounts: new Map([['var/lib/dpkg/status', 5]]),
      }),
      layer([], { whiteouts: ['usr/bin/gcc', 'usr/lib/gcc'] }),
    ])
    expect(facts.compilers).toEqual([])
    expect(facts.packages).toEqual([{ manager: 'dpkg', count: 5 }])
  })

  it('finds no shell behind a symlink loop, and returns', () => {
    const facts = factsOf([layer([['bin/sh', 'symlink', 0, 'ash'], ['bin/ash', 'symlink', 0, '/bin/sh'], ['bin/bash', 'symlink', 0, '../bin/bash']])])
    expect(facts.shell).toBeNull()
  })

  it('reads Go and Java versions from their own files when no ENV says', () => {
    const facts = factsOf([
      layer([['usr/local/go/bin/go', 'file', 100], ['usr/local/go/VERSION', 'file', 10], ['opt/java/openjdk/bin/java', 'file', 10], ['opt/java/openjdk/bin/javac', 'file', 20], ['opt/java/openjdk/release', 'file', 20]], {
        texts: new Map([['usr/local/go/VERSION', 'go1.22.5\ntime 2024\n'], ['opt/java/openjdk/release', 'IMPLEMENTOR="x"\nJAVA_VERSION="21.0.3"\n']]),
      }),
    ])
    expect(facts.runtimes).toEqual([
      { name: 'go', version: '1.22.5', path: 'usr/local/go/bin/go' },
      { name: 'java', version: '21.0.3', path: 'opt/java/openjdk/bin/java' },
    ])
    expect(facts.compilers).toEqual([
      { name: 'go', path: 'usr/local/go/bin/go', sizeBytes: 110 },
      { name: 'javac', path: 'opt/java/openjdk/bin/javac', sizeBytes: 50 },
    ])
  })
})

describe('readFileFacts and links that lead nowhere', () => {
  it('claims no compiler, runtime or libc from a dangling link or a loop', () => {
    const facts = factsOf([
      layer([
        ['usr/bin/gcc', 'symlink', 0, 'gcc'],
        ['usr/bin/python3', 'symlink', 0, 'python3.12'],
        ['usr/bin/python3.12', 'symlink', 0, 'python3'],
        ['lib/ld-musl-x86_64.so.1', 'symlink', 0, 'ld-musl-x86_64.so.1'],
        ['usr/bin/node', 'symlink', 0, '/nowhere/node'],
      ]),
    ])
    expect(facts).toMatchObject({ compilers: [], runtimes: [], libc: 'none', shell: null })
  })
})
