import type { BarRole } from './variant-chart-data'

const ROLE_NAMES: Readonly<Record<BarRole, string>> = {
  current: 'Current base',
  recommended: 'Recommended',
  candidate: 'Other candidates',
  image: 'This image',
}
const ORDER: readonly BarRole[] = ['current', 'recommended', 'candidate', 'image']

interface VariantChartLegendProps {
  /** The roles of the bars drawn: only their colours are explained. */
  roles: readonly BarRole[]
  /** Compressed sizes: the swatches are hatched like the bars, and the patterns are defined here. */
  hatched: boolean
  patternPrefix: string
}

/** The legend, and the hatch patterns the bars refer to by id (an SVG pattern serves the whole document). */
export function VariantChartLegend({ roles, hatched, patternPrefix }: VariantChartLegendProps) {
  const shown = ORDER.filter((role) => roles.includes(role))
  return (
    <>
      {hatched ? (
        <svg className="chart-patterns" width="0" height="0" aria-hidden="true" focusable="false">
          <defs>
            {ORDER.map((role) => (
              <pattern key={role} id={`${patternPrefix}-${role}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" className="hatch-gap" />
                <rect width="3" height="6" className={`hatch-stripe variant-fill--${role}`} />
              </pattern>
            ))}
          </defs>
        </svg>
      ) : null}
      <ul className="chart-legend" aria-label="Legend">
        {shown.map((role) => (
          <li key={role}>
            <span className={`legend-swatch variant-swatch--${role}${hatched ? ' is-hatched' : ''}`} aria-hidden="true" />
            {ROLE_NAMES[role]}
          </li>
        ))}
      </ul>
    </>
  )
}
