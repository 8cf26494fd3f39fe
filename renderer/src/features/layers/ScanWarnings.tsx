/** What the core noticed about the archive itself (names climbing out of the root …), in its words. */
export function ScanWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null
  return (
    <div className="note scan-warnings" role="note" aria-label="About this image's archive">
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  )
}
