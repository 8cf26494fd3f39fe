import { useId } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
  type YAxisTickContentProps,
} from 'recharts'
import type { VariantAdvice } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { niceTicks } from '../../ui/nice-ticks'
import { VariantChartLegend } from './VariantChartLegend'
import { chartCaption, variantChart, type BarRole, type VariantBar } from './variant-chart-data'

const BAR_ROW_PX = 30
const AXIS_PX = 36
const LABEL_CHAR_PX = 7.3
const MAX_LABEL_PX = 320
const ROLE_WORDS: Readonly<Record<BarRole, string>> = { current: ' (current)', recommended: ' (recommended)', candidate: '', image: ' (this image)' }

function tickLabel(bar: VariantBar): string {
  return `${bar.reference}${ROLE_WORDS[bar.role]}`
}

/**
 * The current base and the candidates as horizontal bars, on one size basis only: an on-disk size
 * beside a download size would make a compressed variant look smaller than it is. A sibling of the
 * image comes after a bar of the image itself, which is what it replaces and is measured against.
 */
export function VariantChart({ advice }: { advice: VariantAdvice }) {
  const model = variantChart(advice)
  const { bars } = model
  // useId's characters are not all valid in url(#…): keep the safe ones.
  const patternPrefix = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const hatched = model.basis === 'compressed'
  const ticks = niceTicks(Math.max(0, ...bars.map((bar) => bar.sizeBytes)))
  const labelWidth = Math.min(MAX_LABEL_PX, 16 + LABEL_CHAR_PX * Math.max(0, ...bars.map((bar) => tickLabel(bar).length)))
  const byKey = new Map(bars.map((bar) => [bar.key, bar]))

  return (
    <figure aria-label="Variant sizes" className="variant-chart">
      <figcaption className="chart-head">
        <span>
          <span className="figure-title">Variant sizes</span> <span className="muted">{chartCaption(model)}</span>
        </span>
        {bars.length >= 2 ? <VariantChartLegend roles={bars.map((bar) => bar.role)} hatched={hatched} patternPrefix={patternPrefix} /> : null}
      </figcaption>
      {bars.length >= 2 ? (
        <ResponsiveContainer width="100%" height={bars.length * BAR_ROW_PX + AXIS_PX}>
          <BarChart
            data={bars}
            layout="vertical"
            margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
            barCategoryGap={6}
            aria-label="Bar chart: arrow keys move from variant to variant"
          >
            <CartesianGrid horizontal={false} />
            <XAxis type="number" dataKey="sizeBytes" ticks={ticks} domain={[0, ticks.at(-1) ?? 0]} tickFormatter={formatBytes} tickLine={false} />
            <YAxis
              type="category"
              dataKey="key"
              width={labelWidth}
              interval={0}
              tickLine={false}
              tick={(props: YAxisTickContentProps) => <VariantTick {...props} bar={byKey.get(String(props.payload.value))} width={labelWidth} />}
            />
            <Tooltip content={VariantTooltip} cursor={{ className: 'chart-cursor' }} isAnimationActive={false} />
            <Bar
              dataKey="sizeBytes"
              name="Size"
              className="chart-bar"
              minPointSize={2}
              isAnimationActive={false}
              shape={(props: BarShapeProps) => <RoleBar {...props} hatchPrefix={hatched ? patternPrefix : null} />}
            >
              <LabelList dataKey="sizeText" position="right" className="variant-bar-value" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      ) : null}
    </figure>
  )
}

function VariantTick({ x, y, bar, width }: YAxisTickContentProps & { bar: VariantBar | undefined; width: number }) {
  if (!bar) return null
  const label = tickLabel(bar)
  const room = Math.floor((width - 16) / LABEL_CHAR_PX)
  const shown = label.length > room ? `${label.slice(0, Math.max(1, room - 1))}…` : label
  return (
    <text x={Number(x)} y={Number(y)} dx={-6} dy="0.35em" textAnchor="end" className={`variant-tick variant-tick--${bar.role}`}>
      {shown === label ? null : <title>{label}</title>}
      {shown}
    </text>
  )
}

/** A bar coloured by its column's role; hatched when the sizes drawn are download sizes. */
function RoleBar({ hatchPrefix, ...props }: BarShapeProps & { hatchPrefix: string | null }) {
  const bar = props.payload as VariantBar | undefined
  const role = bar?.role ?? 'candidate'
  // An inline style outranks the stylesheet's solid fill, which otherwise wins over attributes.
  const style = hatchPrefix ? { fill: `url(#${hatchPrefix}-${role})` } : undefined
  return (
    <Rectangle
      {...props}
      style={style}
      className={`variant-bar variant-bar--${role}${hatchPrefix ? ' is-hatched' : ''}${props.isActive ? ' is-active' : ''}`}
    />
  )
}

function VariantTooltip({ active, payload }: TooltipContentProps) {
  const bar = payload?.[0]?.payload as VariantBar | undefined
  if (!active || !bar) return null
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">
        {tickLabel(bar)} · <strong>{bar.sizeText}</strong>{' '}
        <span className="muted">({bar.source ?? 'what the deltas of its siblings are measured against'})</span>
      </p>
    </div>
  )
}
