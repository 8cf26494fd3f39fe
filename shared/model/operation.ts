export interface OperationStarted {
  operationId: string
}

export interface OperationProgress {
  operationId: string
  phase: string
  done: number
  /** null while the total is not known (an indeterminate phase). */
  total: number | null
}

export interface OperationFinished {
  operationId: string
  outcome: 'succeeded' | 'failed' | 'cancelled'
  error: { code: string; message: string } | null
}
