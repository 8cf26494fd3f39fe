/** Saves text as a file the way a browser saves a download (in Electron: the save dialog). */
export function downloadText(fileName: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.rel = 'noopener'
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // After the click has handed the data to the download: revoking at once can cancel it in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
