/** Shown while files are dragged over the window: says what dropping will do. */
export function DropOverlay() {
  return (
    <div role="region" aria-label="Drop a Dockerfile" className="drop-overlay">
      <div className="drop-overlay-card">
        <span className="drop-overlay-mark" aria-hidden="true">⤓</span>
        <p className="drop-overlay-text">Drop a Dockerfile to analyse it before building</p>
      </div>
    </div>
  )
}
