import { useId } from 'react'
import { platformMatches } from '../../../../shared/lib/platform'
import type { ImagePlatform } from '../../../../shared/model'
import { absentPlatformsText } from './image-text'

interface PlatformChooserProps {
  platforms: readonly ImagePlatform[]
  /** The platform this page describes ("linux/amd64"). */
  shown: string
  onChoose: (platform: string) => void
}

/**
 * One platform of a multi-platform image at a time: the page, its analysis and its scan act on the
 * one chosen. Platforms the index lists but this machine never pulled are listed, not choosable.
 */
export function PlatformChooser({ platforms, shown, onChoose }: PlatformChooserProps) {
  const selectId = useId()
  const noteId = useId()
  const current = platforms.find((entry) => platformMatches(entry.platform, shown))?.platform ?? shown
  const absent = absentPlatformsText(platforms)
  return (
    <div className="platform-chooser">
      <label htmlFor={selectId}>Platform</label>
      <select id={selectId} value={current} onChange={(event) => onChoose(event.target.value)} aria-describedby={absent ? noteId : undefined}>
        {platforms.map((entry) => (
          <option key={entry.platform} value={entry.platform} disabled={!entry.isPresent}>
            {entry.isPresent ? entry.platform : `${entry.platform} — not on this machine`}
          </option>
        ))}
      </select>
      {absent ? (
        <p id={noteId} className="note" role="note">
          {absent}
        </p>
      ) : null}
    </div>
  )
}
