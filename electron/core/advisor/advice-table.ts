import type { VariantAdvice } from '../../../shared/model'
import type { Catalog } from '../catalog/catalog'
import { adviseForReference } from './advise-entry'
import type { BuildLine } from './build-lines'
import { LACK_TEXT, LINE_ROWS, NEED_ROWS, type NeedId } from './decision-table'
import { KNOWN_FAMILIES } from './families'

/**
 * `npm run advice-table`: the decision table in one place, for a reviewer. Every row is printed
 * from the rule data the advisor runs on (decision-table.ts), and its verdict is the advisor's own
 * answer for a sample, so the table cannot drift from the code.
 */
export function adviceTable(catalog: Catalog): string {
  return [...needSection(catalog), '', ...lineSection(catalog), '', ...familySection(catalog)].join('\n')
}

const line = (instruction: string, text: string, stage: BuildLine['stage'] = 'final'): BuildLine => ({ instruction, text, stage, where: 'line 2' })

// One sample per need: a base and what its Dockerfile does. Presentation only: the verdict is computed.
const SAMPLES: Readonly<Record<NeedId, { reference: string; lines: BuildLine[] }>> = {
  'native-python': { reference: 'python:3.12', lines: [line('RUN', 'pip install numpy pandas')] },
  manylinux: { reference: 'python:3.12-slim', lines: [line('RUN', 'pip install /w/orjson-3.10-cp312-manylinux2014_x86_64.whl')] },
  conda: { reference: 'python:3.12', lines: [line('RUN', 'conda env update -n base -f environment.yml')] },
  'rust-gnu': { reference: 'debian:bookworm-slim', lines: stageLines('rust:1.80', 'cargo build --release', '/src/target/release/app') },
  'go-cgo': { reference: 'debian:bookworm-slim', lines: stageLines('golang:1.22', 'go build -o /out/app .', '/out/app') },
  'glibc-binary': { reference: 'debian:bookworm-slim', lines: stageLines('debian:bookworm', 'make', '/src/bin/app') },
  'native-build': { reference: 'debian:bookworm', lines: [line('RUN', 'apt-get install -y gcc && gcc -o /app app.c')] },
  'native-npm': { reference: 'node:22', lines: [line('RUN', 'npm install bcrypt')] },
  'native-gem': { reference: 'ruby:3.4', lines: [line('RUN', 'gem install nokogiri')] },
  bash: { reference: 'node:22', lines: [line('ENTRYPOINT', 'ENTRYPOINT ["/bin/bash", "/start.sh"]')] },
  shell: { reference: 'node:22-alpine', lines: [line('CMD', 'CMD node server.js')] },
  'run-in-final': { reference: 'node:22-alpine', lines: [line('RUN', 'apk add --no-cache tini')] },
  'healthcheck-tool': { reference: 'node:22-alpine', lines: [line('HEALTHCHECK', 'HEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1')] },
  'final-build': { reference: 'python:3.12', lines: [line('RUN', 'pip install psycopg2')] },
}

function stageLines(builder: string, build: string, binary: string): BuildLine[] {
  const inStage = (instruction: string, text: string): BuildLine => ({ ...line(instruction, text, 'build'), stageName: 'build' })
  return [inStage('FROM', `FROM ${builder} AS build`), inStage('RUN', build),
    { ...line('COPY', `COPY --from=build ${binary} /usr/local/bin/app`), stageName: '1' }, line('ENTRYPOINT', 'ENTRYPOINT ["/usr/local/bin/app"]')]
}

/** "python:3.12-slim (recommended), python:3.12-alpine" or "none, because …". */
export function verdictText(advice: VariantAdvice): string {
  if (advice.candidates.length === 0) {
    const why = advice.excluded[0]?.reason ?? advice.note ?? 'no variant fits'
    return `none, because ${why}`
  }
  return advice.candidates.map((candidate) => `${candidate.reference}${candidate.recommended ? ' (recommended)' : ''}`).join(', ')
}

function excludedText(advice: VariantAdvice): string[] {
  return advice.excluded.map((item) => `      not ${item.reference}: ${item.reason}`)
}

function needSection(catalog: Catalog): string[] {
  const rows = Object.values(NEED_ROWS).flatMap((row) => {
    const sample = SAMPLES[row.id]
    const advice = adviseForReference({ reference: sample.reference, localImages: [], catalog, lines: sample.lines })
    return [
      `  [${row.cls}] ${row.signal} (families: ${row.families})`,
      `      rules out a base that ${row.lacks.map((lack) => LACK_TEXT[lack]).join(' or ')}: ${row.because}`,
      `      sample ${sample.reference} + "${sample.lines.map((item) => item.text).join(' / ')}" -> ${verdictText(advice)}`,
      ...excludedText(advice),
    ]
  })
  return ['What the workload needs (classes 1-3: glibc, shell and tools, builds in the final stage)', ...rows]
}

function lineSection(catalog: Catalog): string[] {
  const rows = LINE_ROWS.flatMap((row) => {
    const advice = adviseForReference({ reference: row.sample, localImages: [], catalog })
    return [`  [${row.cls}] ${row.signal}: ${row.rule}`, `      ${row.sample} -> ${verdictText(advice)}`, ...excludedText(advice)]
  })
  return ['Release lines and Java (classes 4-5)', ...rows]
}

/** Each known family by the catalogue's first tag of it, with nothing known of the workload. */
function familySection(catalog: Catalog): string[] {
  const rows = [...KNOWN_FAMILIES].sort().flatMap((family) => {
    const reference = catalog.byFamily(family)[0]?.reference ?? `${family}:latest`
    const advice = adviseForReference({ reference, localImages: [], catalog })
    return [`  ${family}: ${reference} -> ${verdictText(advice)}`]
  })
  return ['Families, nothing known of the workload (a bare FROM)', ...rows]
}
