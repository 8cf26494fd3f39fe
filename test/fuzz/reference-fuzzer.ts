import { classifyPinning } from '../../shared/lib/pinning'
import { fuzz, type FuzzReport } from './fuzz-run'
import { HOSTILE_FRAGMENTS, repeatFrom } from './hostile-strings'
import { createRandom, type Random } from './prng'

const PIECES = ['a', 'z9', 'python', 'node', '3.12', '-slim', '.', '-', '--', '_', '__', '/', ':', '@', 'sha256:', 'quay.io', 'localhost', ':5000', '[::1]', 'A', ' ', 'latest', 'x'.repeat(64)]

/** References built from grammar pieces, hostile fragments and long runs of one shape. */
export function generateReference(random: Random): string {
  const shape = random.int(4)
  if (shape === 0) return repeatFrom('ab-_./:@A1', 1 + random.int(300), random.int)
  if (shape === 1) return random.pick(HOSTILE_FRAGMENTS).repeat(1 + random.int(40))
  let text = ''
  const parts = 1 + random.int(30)
  for (let i = 0; i < parts; i += 1) text += random.chance(0.15) ? random.pick(HOSTILE_FRAGMENTS) : random.pick(PIECES)
  return shape === 2 ? text : text.repeat(1 + random.int(20))
}

/** Pinning reads every reference through the reference parser: both are exercised at once. */
export function fuzzReferences(seed: number, count: number): FuzzReport {
  const random = createRandom(seed)
  return fuzz('references', count, () => generateReference(random), (text) => classifyPinning(text), (text) => text)
}
