import { PageHeading } from '../../ui/PageHeading'
import { useDocumentTitle } from '../../app/use-document-title'
import { EnginePanel } from './EnginePanel'

export function EnginePage() {
  useDocumentTitle('Engine')
  return (
    <div className="page engine-page">
      <PageHeading>Engine</PageHeading>
      <EnginePanel />
    </div>
  )
}
