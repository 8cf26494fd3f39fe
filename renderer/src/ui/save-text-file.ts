/**
 * Saves text through the browser's download: a Blob URL on an anchor with `download`. Electron
 * turns it into its save dialog (main has no will-download handler). The CSP does not list blob:,
 * but no directive covers a download navigation, so none is needed; the URL is revoked at once
 * after the click has started the download.
 */
export function saveTextFile(text: string, fileName: string, mimeType = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.rel = 'noopener'
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // Revoking in the same task can cancel the download in Chromium; the next task is late enough.
  window.setTimeout(() => URL.revokeObjectURL(url), 0)
}
