import type { ImageRequest } from '../../../../shared/contract'
import { useState } from 'react'
import { useAction } from '../../api/use-action'
import { ErrorState } from '../../ui/ErrorState'
import { saveTextFile } from '../../ui/save-text-file'

/** "Export SBOM": the image's packages as a CycloneDX 1.6 JSON file. */
export function SbomExport({ target }: { target: ImageRequest }) {
  const [saved, setSaved] = useState<string | null>(null)
  const action = useAction((api) => api.client.call('packages.sbom', target))
  const exportSbom = async () => {
    const reply = await action.run()
    if (reply?.ok) {
      saveTextFile(reply.value.content, reply.value.fileName, 'application/vnd.cyclonedx+json')
      setSaved(reply.value.fileName)
    }
  }
  return (
    <div className="sbom-export">
      <button type="button" className="btn" aria-disabled={action.busy} onClick={() => void exportSbom()}>
        Export SBOM (CycloneDX 1.6 JSON)
      </button>
      <p role="status" className="export-status">
        {action.busy ? 'Writing the SBOM…' : saved !== null ? `Downloaded ${saved}` : null}
      </p>
      {action.error ? <ErrorState title="The SBOM could not be written" error={action.error} /> : null}
    </div>
  )
}
