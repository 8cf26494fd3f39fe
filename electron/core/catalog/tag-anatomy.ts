import { parseVersionTag } from '../../../shared/lib/version-tag'
import type { Variant } from '../../../shared/model'


/**
 * What a tag says about the image, the way the official images spell it: version, then markers
 * in any order ("3.12.3-slim-bookworm", "22-bookworm-slim", "21-jre-alpine", "8.5-fpm-alpine3.24").
 * Variant names are ours and stable: full, slim, alpine, alpine-slim, musl, jdk, jre, jdk-alpine,
 * jre-alpine.
 */
export interface TagAnatomy {
  raw: string
  /** The version exactly as written ("3.12", "21.0.4_7", "3.13.0rc1"); null for "latest", "alpine" … */
  version: string | null
  variant: Variant
  /** php: cli, fpm, apache, zts; eclipse-temurin: jdk, jre. */
  flavour: string | null
  /** Debian / Ubuntu release named in the tag: bookworm, trixie, noble … */
  codename: string | null
  /** "3.24" from "alpine3.24". */
  alpineVersion: string | null
  /**
   * The floating release channel the tag follows: "lts", "current", "stable", "latest"; null when
   * none is named. A candidate keeps it: node:lts -> node:lts-alpine, never node:alpine.
   */
  channel: string | null
  /** A date stamp ("20240513" in bookworm-20240513): the tag is one build of its line. */
  dateStamp: string | null
  /** Markers we do not model ("perl", "otel"): kept for the evidence. */
  others: string[]
}

export const DEBIAN_CODENAMES: Readonly<Record<string, string>> = {
  buster: '10', bullseye: '11', bookworm: '12', trixie: '13', forky: '14', sid: 'unstable',
}
export const UBUNTU_CODENAMES: Readonly<Record<string, string>> = {
  focal: '20.04', jammy: '22.04', noble: '24.04', plucky: '25.04', questing: '25.10', resolute: '26.04',
}
const FLAVOURS = new Set(['cli', 'fpm', 'apache', 'zts', 'jdk', 'jre'])
const FLOATING = new Set(['latest', 'stable', 'oldstable', 'testing', 'unstable', 'mainline', 'lts', 'current'])
const ALPINE = /^alpine(\d+\.\d+)?$/
const DATE_STAMP = /^(19|20)\d{6}(\.\d+)?$/

function isCodename(word: string): boolean {
  return word in DEBIAN_CODENAMES || word in UBUNTU_CODENAMES
}

export function parseTag(tag: string | null): TagAnatomy {
  const raw = tag ?? 'latest'
  const parsed = parseVersionTag(raw)
  const hasVersion = parsed.numbers.length > 0
  const version = hasVersion ? raw.slice(0, raw.length - (parsed.suffix ? parsed.suffix.length + 1 : 0)) : null
  const words = (hasVersion ? parsed.suffix : raw).split('-').filter(Boolean)
  let flavour: string | null = null
  let codename: string | null = null
  let alpineVersion: string | null = null
  let isSlim = false
  let isAlpine = false
  let isMusl = false
  let channel: string | null = null
  let dateStamp: string | null = null
  const others: string[] = []
  for (const word of words) {
    const alpine = ALPINE.exec(word)
    if (alpine) {
      isAlpine = true
      alpineVersion = alpine[1] ?? null
    } else if (word === 'slim') isSlim = true
    else if (word === 'musl') isMusl = true
    else if (FLAVOURS.has(word)) flavour = word
    else if (isCodename(word)) codename = word
    else if (FLOATING.has(word)) channel = word
    else if (DATE_STAMP.test(word)) dateStamp = word
    else others.push(word)
  }
  const variant = variantName(flavour, isSlim, isAlpine, isMusl)
  return { raw, version, variant, flavour, codename, alpineVersion, channel, dateStamp, others }
}

function variantName(flavour: string | null, isSlim: boolean, isAlpine: boolean, isMusl: boolean): Variant {
  const java = flavour === 'jdk' || flavour === 'jre' ? flavour : null
  if (isAlpine) return java ? `${java}-alpine` : isSlim ? 'alpine-slim' : 'alpine'
  if (java) return java
  if (isMusl) return 'musl'
  return isSlim ? 'slim' : 'full'
}

/** How an image of this variant is classed for attack surface and libc. */
export type VariantKind = 'full' | 'slim' | 'alpine' | 'distroless' | 'scratch'

const VARIANTS: ReadonlySet<string> = new Set<Variant>([
  'full', 'slim', 'alpine', 'alpine-slim', 'musl', 'jdk', 'jre', 'jdk-alpine', 'jre-alpine',
  'distroless', 'distroless-static', 'distroless-base', 'distroless-cc', 'scratch',
])

/** Whether a name from outside the code (the catalogue file) is one of the variants we know. */
export function isVariant(value: string): value is Variant {
  return VARIANTS.has(value)
}

export function variantKind(variant: Variant): VariantKind {
  if (variant === 'scratch') return 'scratch'
  if (variant.startsWith('distroless')) return 'distroless'
  if (variant.includes('alpine') || variant === 'musl') return 'alpine'
  if (variant === 'slim' || variant === 'jre') return 'slim'
  return 'full'
}
