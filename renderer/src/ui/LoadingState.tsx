import { Spinner } from './Spinner'

export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state state--loading" role="status">
      <Spinner />
      <span>{label}</span>
    </div>
  )
}
