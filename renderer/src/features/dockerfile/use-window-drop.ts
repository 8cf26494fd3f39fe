import { useEffect, useRef, useState } from 'react'
import { carriesFiles } from './dockerfile-input'
import { readDockerfileFile, type FileReadHandlers } from './read-dockerfile-file'

export type WindowDropHandlers = FileReadHandlers

/**
 * Drag and drop anywhere on the window. Returns whether files are being dragged over it, for the
 * overlay. Drags of text or links inside the window are left alone.
 */
export function useWindowDrop(handlers: WindowDropHandlers): boolean {
  const [isDragging, setDragging] = useState(false)
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: only the count says the drag left the window.
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!event.dataTransfer || !carriesFiles(event.dataTransfer.types)) return
      event.preventDefault()
      depth += 1
      setDragging(true)
    }
    const over = (event: DragEvent) => {
      if (!event.dataTransfer || !carriesFiles(event.dataTransfer.types)) return
      // Without this the browser would open the file in the window in place of the app.
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
    }
    const leave = (event: DragEvent) => {
      if (!event.dataTransfer || !carriesFiles(event.dataTransfer.types)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const drop = (event: DragEvent) => {
      if (!event.dataTransfer || !carriesFiles(event.dataTransfer.types)) return
      event.preventDefault()
      depth = 0
      setDragging(false)
      void readDrop(event.dataTransfer, latest.current)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])

  return isDragging
}

/** The first dropped file, judged before reading; entries must be asked for before the event ends. */
function readDrop(transfer: DataTransfer, handlers: WindowDropHandlers): Promise<void> {
  const file = transfer.files[0] ?? null
  const entry = transfer.items[0]?.webkitGetAsEntry() ?? null
  return readDockerfileFile(file, entry?.isDirectory ?? false, handlers)
}
