import { useState } from 'react'
import type { VariantAdvice } from '../../../../shared/model'
import { useQuery, type QueryResult } from '../../api/use-query'

export type VariantAdviceResult = QueryResult<VariantAdvice> & {
  /** This answer, or while it loads the last one for the same image (the other switch position). */
  shown: VariantAdvice | undefined
  /** What is shown belongs to the other position of the switch: it is being asked again. */
  isStale: boolean
}

/**
 * The advice for one image. Flipping "debug in production" asks again under another key; meanwhile
 * the previous table stays, dimmed, instead of collapsing to a spinner under the user's cursor.
 */
export function useVariantAdvice(reference: string, debugInProduction: boolean): VariantAdviceResult {
  // Absent rather than false: the switch off is the same question as no switch at all.
  const query = useQuery('images.suggest', debugInProduction ? { reference, debugInProduction } : { reference })
  const [last, setLast] = useState<{ reference: string; advice: VariantAdvice } | null>(null)
  // Adjusting state while rendering, as React documents for "storing information from previous renders".
  if (query.data && query.data !== last?.advice) setLast({ reference, advice: query.data })
  const previous = last?.reference === reference ? last.advice : undefined
  const shown = query.data ?? (query.status === 'loading' ? previous : undefined)
  return { ...query, shown, isStale: query.data === undefined && shown !== undefined }
}
