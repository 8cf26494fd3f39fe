import { useQuery } from '../../api/use-query'
import { sizeNoteOf } from './size-note'

/** Which figure "On disk" is on the connected engine, said once above the list. */
export function SizeNote() {
  const status = useQuery('engine.status', {})
  const note = status.data?.state === 'connected' ? sizeNoteOf(status.data.engine.imageStore) : null
  return note === null ? null : (
    <p className="list-size-note" role="note">
      {note}
    </p>
  )
}
