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
import type { HistoryStep } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { niceTicks } from '../../ui/nice-ticks'
import { layerBars, type LayerBar } from './layer-chart-data'
import type { OwnerByStep } from './layer-groups'

const BAR_ROW_PX = 24
const AXIS_PX = 36

interface LayerChartProps {
  history: readonly HistoryStep[]
  /** Colours bars by base or own once the analysis is in; null draws them all alike. */
  owners: OwnerByStep
}

/** Horizontal bars, one per layer with content, so labels stay readable for tall images. */
export function LayerChart({ history, owners }: LayerChartProps) {
  const bars = layerBars(history, owners)
  const skipped = history.length - bars.length
  const ticks = niceTicks(Math.max(0, ...bars.map((bar) => bar.sizeBytes)))
  const caption =
    bars.length === 0
      ? 'No step of this image added any bytes.'
      : `${bars.length} ${bars.length === 1 ? 'layer' : 'layers'} with content, in build order` +
        (skipped > 0 ? `; ${skipped} empty ${skipped === 1 ? 'step is' : 'steps are'} not drawn.` : '.')

  return (
    <figure aria-label="Layer sizes" className="layer-chart">
      <figcaption className="chart-head">
        <span>
          <span className="figure-title">Layer sizes</span> <span className="muted">{caption}</span>
        </span>
        {owners && bars.length > 0 ? <OwnerLegend bars={bars} /> : null}
      </figcaption>
      {bars.length > 0 ? (
        <ResponsiveContainer width="100%" height={bars.length * BAR_ROW_PX + AXIS_PX}>
          <BarChart
            data={bars}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
            barCategoryGap={4}
            aria-label="Bar chart: arrow keys move from layer to layer"
          >
            <CartesianGrid horizontal={false} />
            <XAxis
              type="number"
              dataKey="sizeBytes"
              ticks={ticks}
              domain={[0, ticks.at(-1) ?? 0]}
              tickFormatter={formatBytes}
              tickLine={false}
            />
            <YAxis type="category" dataKey="label" width={120} interval={0} tickLine={false} />
            <Tooltip content={LayerTooltip} cursor={{ className: 'chart-cursor' }} isAnimationActive={false} />
            {/* minPointSize: a 32-byte layer is real; it should show as a sliver, not vanish. */}
            <Bar
              dataKey="sizeBytes"
              name="Size"
              className="chart-bar"
              minPointSize={2}
              isAnimationActive={false}
              shape={OwnerBar}
            />
          </BarChart>
        </ResponsiveContainer>
      ) : null}
    </figure>
  )
}

/** Names only the colours drawn: an image with no base has no grey bars to explain. */
function OwnerLegend({ bars }: { bars: readonly LayerBar[] }) {
  const entries = (['base', 'own'] as const).filter((owner) => bars.some((bar) => bar.owner === owner))
  return (
    <ul className="chart-legend" aria-label="Legend">
      {entries.map((owner) => (
        <li key={owner}>
          <span className={`legend-swatch legend-swatch--${owner}`} aria-hidden="true" />
          {owner === 'base' ? 'Base layers' : 'Own layers'}
        </li>
      ))}
    </ul>
  )
}

/** A bar coloured by who added the layer (Cell is deprecated in Recharts 3: shapes replace it). */
function OwnerBar(props: BarShapeProps) {
  const bar = props.payload as LayerBar | undefined
  const owner = bar?.owner ?? 'unknown'
  return <Rectangle {...props} className={`chart-bar-shape chart-bar-shape--${owner}${props.isActive ? ' is-active' : ''}`} />
}

const TOOLTIP_COMMAND_CHARS = 240

function LayerTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload?.[0]?.payload as LayerBar | undefined
  if (!active || !bar) return null
  const command =
    bar.command.length > TOOLTIP_COMMAND_CHARS ? `${bar.command.slice(0, TOOLTIP_COMMAND_CHARS)}…` : bar.command
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">
        Step {bar.step} · {bar.instruction}
        {bar.owner ? ` · ${bar.owner === 'base' ? 'base layer' : 'own layer'}` : ''} · <strong>{formatBytes(bar.sizeBytes)}</strong>
      </p>
      <code className="chart-tooltip-command">{command}</code>
    </div>
  )
}
