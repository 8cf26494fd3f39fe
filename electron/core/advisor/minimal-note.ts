import type { ExcludedVariant } from '../../../shared/model'
import type { AdvisorFacts } from './advisor-facts'
import { NEED_ROWS, needText } from './decision-table'
import type { CurrentSubject } from './variant-rules'

const STATIC_ONLY = 'only scratch and distroless static are smaller, and they suit a static binary alone, which nothing here shows'

/** What the page says instead of an empty comparison table: why not, in the decision table's words. */
export function minimalNote(facts: AdvisorFacts, current: CurrentSubject, excluded: readonly ExcludedVariant[]): string {
  const note = noteOf(facts, current, excluded)
  const risks = facts.workload.needs.filter((need) => NEED_ROWS[need.id].cls === 1)
  if (risks.length === 0 || excluded.length > 0) return note
  // Nothing was even proposed: still say what would make a smaller base risky.
  return `${note} Whatever the base, ${risks.map((need) => needText(need)).join('; ')}.`
}

function noteOf(facts: AdvisorFacts, current: CurrentSubject, excluded: readonly ExcludedVariant[]): string {
  const { base } = facts
  const name = current.reference ?? base.reference
  if (base.family === null) {
    return name === null
      ? 'No base was found, so there is no variant to compare. A base label (org.opencontainers.image.base.name) or a local copy of the base would tell.'
      : `${name} is not an image family the advisor knows, and no slimmer local variant of it (a -slim or -alpine tag of the same repository) exists.`
  }
  const subject = name ?? `This ${base.family} base`
  const ruledOut = excluded.length > 0 ? ` Ruled out: ${excluded.map((item) => `${item.reference}: ${item.reason.replace(/\.$/, '')}`).join('; ')}.` : ''
  if (base.variant === 'scratch') return 'scratch is the empty base: nothing is smaller.'
  if (base.distroless === 'static') {
    return `${subject} is already minimal: CA certificates, tzdata and a nonroot user around a static binary; only scratch is smaller, and it drops those.`
  }
  if (base.distroless !== null) return `${subject} is already distroless: the runtime and nothing else.${ruledOut}`
  if (base.family === 'alpine' && excluded.length === 0) return `${subject} is already minimal: ${STATIC_ONLY}.`
  return `${subject} is already the smallest variant that fits.${ruledOut}`
}
