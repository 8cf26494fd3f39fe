import { useCallback, useState } from 'react'
import { ComparePage } from '../features/compare/ComparePage'
import { DockerfilePage } from '../features/dockerfile/DockerfilePage'
import { DropOverlay } from '../features/dockerfile/DropOverlay'
import { useDockerfileSession, type DockerfileSession } from '../features/dockerfile/use-dockerfile-session'
import { useWindowDrop } from '../features/dockerfile/use-window-drop'
import { EnginePage } from '../features/engine/EnginePage'
import { ImagePage } from '../features/image-page/ImagePage'
import { ImagesPage } from '../features/images-list/ImagesPage'
import { INITIAL_LIST_VIEW, type ListView } from '../features/images-list/list-view'
import { LayersPage } from '../features/layers/LayersPage'
import { LineagePage } from '../features/lineage/LineagePage'
import { INITIAL_LINEAGE_VIEW, type LineageView } from '../features/lineage/lineage-view'
import { NoticesArea } from '../features/notices/NoticesArea'
import { Header } from './Header'
import { NotFoundPage } from './NotFoundPage'
import { hrefOf, type Route } from './routes'
import { navigate, useRoute } from './use-route'
import './theme.css'
import '../ui/ui.css'

/** What each list screen was showing; kept above the router so coming back restores it. */
interface Views {
  list: ListView
  lineage: LineageView
}

export function App() {
  const route = useRoute()
  const [views, setViews] = useState<Views>({ list: INITIAL_LIST_VIEW, lineage: INITIAL_LINEAGE_VIEW })
  // Stable setters: the tree's memoised rows hold callbacks built on them.
  const setList = useCallback((list: ListView) => setViews((current) => ({ ...current, list })), [])
  const setLineage = useCallback((lineage: LineageView) => setViews((current) => ({ ...current, lineage })), [])
  const dockerfile = useDockerfileSession()
  // A drop anywhere opens the Dockerfile page, where the analysis (or why there is none) shows.
  const isDragging = useWindowDrop({
    onFile: (contentBase64, name) => {
      navigate(hrefOf({ name: 'dockerfile' }))
      void dockerfile.analyze(contentBase64, name)
    },
    onRefused: (error) => {
      navigate(hrefOf({ name: 'dockerfile' }))
      dockerfile.fail(error)
    },
  })
  return (
    <div className="app">
      <Header route={route} />
      <NoticesArea />
      <main id="main" className="app-main">
        <Page route={route} views={views} dockerfile={dockerfile} onListChange={setList} onLineageChange={setLineage} />
      </main>
      {isDragging ? <DropOverlay /> : null}
    </div>
  )
}

interface PageProps {
  route: Route
  views: Views
  dockerfile: DockerfileSession
  onListChange: (view: ListView) => void
  onLineageChange: (view: LineageView) => void
}

function Page({ route, views, dockerfile, onListChange, onLineageChange }: PageProps) {
  switch (route.name) {
    case 'images':
      return <ImagesPage view={views.list} onViewChange={onListChange} />
    case 'image':
      // Keyed by ID so moving between two images starts each page fresh (focus, expanded rows).
      return <ImagePage key={`${route.id} ${route.platform ?? ''}`} id={route.id} platform={route.platform ?? null} />
    case 'image-files':
      return <LayersPage key={`${route.id} ${route.platform ?? ''}`} id={route.id} platform={route.platform ?? null} />
    case 'lineage':
      return <LineagePage view={views.lineage} onViewChange={onLineageChange} />
    case 'dockerfile':
      return <DockerfilePage session={dockerfile} />
    case 'compare':
      // Keyed by the images, so another comparison starts fresh (its export line says nothing yet).
      return <ComparePage key={route.references.join(',')} references={route.references} />
    case 'engine':
      return <EnginePage />
    case 'not-found':
      return <NotFoundPage />
  }
}
