import { describe, expect, it } from 'vitest'
import { parseCreatedBy } from '../images/parse-created-by'
import { loadCatalog } from '../catalog/catalog'
import { isHistoryPrefix, sameStep, stepKey } from './history-key'

const engine = (createdBy: string): ReturnType<typeof stepKey> => stepKey(parseCreatedBy(createdBy))

describe('stepKey', () => {
  it("matches the catalogue's BuildKit RUN with the engine's parsed RUN", () => {
    const catalogue = stepKey({ createdBy: 'RUN set -eux; \tapt-get update # buildkit' })
    expect(catalogue).toEqual({ instruction: 'RUN', body: 'set -eux; apt-get update' })
    expect(sameStep(catalogue, engine('RUN /bin/sh -c set -eux; \tapt-get update # buildkit'))).toBe(true)
    expect(sameStep(catalogue, stepKey({ instruction: 'RUN', createdBy: 'set -eux;   apt-get update' }))).toBe(true)
  })

  it("matches the classic builder's #(nop) form with BuildKit's", () => {
    expect(sameStep(stepKey({ createdBy: '/bin/sh -c #(nop)  ENV LANG=C.UTF-8' }), stepKey({ createdBy: 'ENV LANG=C.UTF-8' }))).toBe(true)
    expect(sameStep(stepKey({ createdBy: '/bin/sh -c apt-get update' }), stepKey({ createdBy: 'RUN apt-get update # buildkit' }))).toBe(true)
  })

  it('matches a root step that names no instruction with the catalogue RUN of the same command', () => {
    const bare = stepKey({ instruction: null, createdBy: "# debian.sh --arch 'amd64' out/ 'trixie' '@1785715200'" })
    expect(bare.instruction).toBeNull()
    expect(sameStep(bare, stepKey({ createdBy: "RUN # debian.sh --arch 'amd64' out/ 'trixie' '@1785715200'" }))).toBe(true)
  })

  it('drops the build arguments BuildKit writes before a RUN', () => {
    expect(stepKey({ createdBy: 'RUN |2 A=1 B=2 /bin/sh -c make # buildkit' })).toEqual({ instruction: 'RUN', body: 'make' })
  })

  it('tells different commands and different instructions apart', () => {
    expect(sameStep(stepKey({ createdBy: 'ENV A=1' }), stepKey({ createdBy: 'ENV A=2' }))).toBe(false)
    expect(sameStep(stepKey({ createdBy: 'ENV A=1' }), stepKey({ createdBy: 'LABEL A=1' }))).toBe(false)
  })

  it('reads every catalogue step the same way the images service does', () => {
    for (const entry of loadCatalog().entries) {
      for (const step of entry.history) {
        expect(sameStep(stepKey({ createdBy: step.createdBy }), engine(step.createdBy)), step.createdBy.slice(0, 60)).toBe(true)
      }
    }
  })
})

describe('isHistoryPrefix', () => {
  const keys = ['ENV A=1', 'RUN make # buildkit', 'CMD ["x"]'].map((createdBy) => stepKey({ createdBy }))

  it('accepts a start of the history, and the whole of it', () => {
    expect(isHistoryPrefix(keys.slice(0, 2), keys)).toBe(true)
    expect(isHistoryPrefix(keys, keys)).toBe(true)
  })

  it('rejects a longer or a different history', () => {
    expect(isHistoryPrefix(keys, keys.slice(0, 2))).toBe(false)
    expect(isHistoryPrefix([keys[1], keys[0]].flatMap((key) => (key ? [key] : [])), keys)).toBe(false)
  })
})
