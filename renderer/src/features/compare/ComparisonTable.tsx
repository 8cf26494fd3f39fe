import type { Comparison } from '../../../../shared/model'
import { Badge } from '../../ui/Badge'
import { CompareCellContent } from './CompareCellContent'
import { COMPARE_FACTS, columnHead, compareCell } from './compare-rows'

/**
 * One column per image, one row per fact: reading across compares one fact, reading down
 * describes one image. Many images scroll sideways; the fact names stay put.
 */
export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const heads = comparison.images.map(columnHead)
  return (
    <div className="compare-table-frame" tabIndex={0} role="region" aria-label="Compared images">
      <table className="compare-table">
        <caption className="visually-hidden">Image comparison</caption>
        <thead>
          <tr>
            <td className="compare-corner" />
            {heads.map((head) => (
              <th key={head.key} scope="col" className={head.isCatalogue ? 'is-catalogue' : undefined}>
                <span className="compare-title">{head.title}</span>
                {head.isCatalogue ? (
                  <span className="compare-subtitle">
                    <Badge tone="muted" title="Not pulled here: sizes and facts come from the bundled catalogue">
                      catalogue
                    </Badge>{' '}
                    {head.subtitle}
                  </span>
                ) : (
                  <span className="compare-subtitle mono">{head.subtitle}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {COMPARE_FACTS.map((fact) => (
            <tr key={fact}>
              <th scope="row">{fact}</th>
              {comparison.images.map((image, index) => (
                <td key={heads[index]?.key ?? index} className={image.source === 'catalogue' ? 'is-catalogue' : undefined}>
                  <CompareCellContent cell={compareCell(fact, image)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
