import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from 'recharts'
import type { Comparison } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { niceTicks } from '../../ui/nice-ticks'
import { sizeBars, type SizeBar } from './compare-chart-data'
// The layer chart's look (axes, grid, base and own colours, legend, tooltip) is this chart's too.
import '../image-page/image-page.css'

const BAR_ROW_PX = 30
const AXIS_PX = 36
const LABEL_CHAR_PX = 7.3
const MAX_LABEL_PX = 280

/** One horizontal bar per image, base below and own on top, on one scale: what each inherits and adds. */
export function CompareChart({ comparison }: { comparison: Comparison }) {
  const bars = sizeBars(comparison)
  const ticks = niceTicks(Math.max(0, ...bars.map((bar) => bar.sizeBytes)))
  const labelWidth = Math.min(MAX_LABEL_PX, 16 + LABEL_CHAR_PX * Math.max(0, ...bars.map((bar) => bar.label.length)))
  const labelOf = (key: unknown) => bars[Number(key)]?.label ?? ''

  return (
    <figure aria-label="Image sizes" className="layer-chart compare-chart">
      <figcaption className="chart-head">
        <span>
          <span className="figure-title">Image sizes</span>{' '}
          <span className="muted">Each image&apos;s base and own bytes, in the order of the columns.</span>
        </span>
        <ul className="chart-legend" aria-label="Legend">
          <li>
            <span className="legend-swatch legend-swatch--base" aria-hidden="true" />
            Base
          </li>
          <li>
            <span className="legend-swatch legend-swatch--own" aria-hidden="true" />
            Own
          </li>
        </ul>
      </figcaption>
      <ResponsiveContainer width="100%" height={bars.length * BAR_ROW_PX + AXIS_PX}>
        <BarChart
          data={bars}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
          barCategoryGap={6}
          aria-label="Bar chart: arrow keys move from image to image"
        >
          <CartesianGrid horizontal={false} />
          <XAxis type="number" ticks={ticks} domain={[0, ticks.at(-1) ?? 0]} tickFormatter={formatBytes} tickLine={false} />
          <YAxis type="category" dataKey="key" width={labelWidth} interval={0} tickLine={false} tickFormatter={labelOf} />
          <Tooltip content={SizeTooltip} cursor={{ className: 'chart-cursor' }} isAnimationActive={false} />
          <Bar dataKey="baseSizeBytes" stackId="size" name="Base" className="chart-bar" isAnimationActive={false} shape={BaseBar} />
          <Bar dataKey="ownSizeBytes" stackId="size" name="Own" className="chart-bar" isAnimationActive={false} shape={OwnBar} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}

/** Shapes rather than Cell (deprecated in Recharts 3): the class picks the theme's colour. */
function BaseBar(props: BarShapeProps) {
  return <Rectangle {...props} className={`chart-bar-shape chart-bar-shape--base${props.isActive ? ' is-active' : ''}`} />
}

function OwnBar(props: BarShapeProps) {
  return <Rectangle {...props} className={`chart-bar-shape chart-bar-shape--own${props.isActive ? ' is-active' : ''}`} />
}

function SizeTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload?.[0]?.payload as SizeBar | undefined
  if (!active || !bar) return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">
        {bar.label} · <strong>{formatBytes(bar.sizeBytes)}</strong>
      </p>
      <p className="chart-tooltip-command">
        base {formatBytes(bar.baseSizeBytes)} · own {formatBytes(bar.ownSizeBytes)}
        {bar.isCatalogue ? ' · catalogue figures' : ''}
      </p>
    </div>
  )
}
