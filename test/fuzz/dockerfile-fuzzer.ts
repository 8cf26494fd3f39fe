import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadCatalog } from '../../electron/core/catalog/catalog'
import { analyzeDockerfile } from '../../electron/core/dockerfile/analyze-dockerfile'
import { dockerfileShapes } from './dockerfile-shapes'
import { fuzz, type FuzzReport } from './fuzz-run'
import { HOSTILE_FRAGMENTS } from './hostile-strings'
import { createRandom, type Random } from './prng'

const FIXTURES = join(__dirname, '../fixtures/dockerfiles')

export function fixtureDockerfiles(): string[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.Dockerfile'))
    .sort()
    .map((file) => readFileSync(join(FIXTURES, file), 'utf8'))
}

/** One to four edits of a real Dockerfile: hostile fragments in, ranges out, lines doubled, runs repeated. */
export function mutateDockerfile(text: string, random: Random): string {
  let out = text
  const edits = 1 + random.int(4)
  for (let i = 0; i < edits; i += 1) {
    const at = random.int(out.length + 1)
    switch (random.int(5)) {
      case 0: out = out.slice(0, at) + random.pick(HOSTILE_FRAGMENTS) + out.slice(at); break
      case 1: out = out.slice(0, at) + out.slice(at + 1 + random.int(40)); break
      case 2: out = out.slice(0, at) + random.pick(HOSTILE_FRAGMENTS).repeat(1 + random.int(200)) + out.slice(at); break
      case 3: {
        const lines = out.split('\n')
        const line = random.int(lines.length)
        lines.splice(line, 0, ...Array.from({ length: 1 + random.int(50) }, () => lines[line] ?? ''))
        out = lines.join('\n')
        break
      }
      default: out = out.slice(0, at) + String.fromCharCode(random.int(0x3000)) + out.slice(at + 1)
    }
  }
  return out
}

export function fuzzDockerfiles(seed: number, count: number): FuzzReport {
  const random = createRandom(seed)
  const seeds = fixtureDockerfiles()
  const catalog = loadCatalog()
  return fuzz(
    'dockerfiles', count,
    () => mutateDockerfile(random.pick(seeds), random),
    (text) => analyzeDockerfile({ bytes: Buffer.from(text, 'utf8'), name: 'Dockerfile', localImages: [], catalog }),
    (text) => text,
  )
}

/** Each adversarial shape (./dockerfile-shapes) analysed by name: crashes, and its best time of three after a warm-up run. */
export function timeDockerfileShapes(): FuzzReport[] {
  const catalog = loadCatalog()
  return dockerfileShapes().map((shape) => {
    const report = fuzz(`dockerfile shape: ${shape.name}`, 1, () => shape.text,
      (text) => analyzeDockerfile({ bytes: Buffer.from(text, 'utf8'), name: 'Dockerfile', localImages: [], catalog }),
      (text) => text)
    return report
  })
}
