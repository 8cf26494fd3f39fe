import { useState } from 'react'
import { EnginePage } from '../features/engine/EnginePage'
import { ImagePage } from '../features/image-page/ImagePage'
import { ImagesPage } from '../features/images-list/ImagesPage'
import { INITIAL_LIST_VIEW, type ListView } from '../features/images-list/list-view'
import { Header } from './Header'
import { NotFoundPage } from './NotFoundPage'
import type { Route } from './routes'
import { useRoute } from './use-route'
import './theme.css'
import '../ui/ui.css'

export function App() {
  const route = useRoute()
  const [listView, setListView] = useState<ListView>(INITIAL_LIST_VIEW)
  return (
    <div className="app">
      <Header route={route} />
      <main id="main" className="app-main">
        <Page route={route} listView={listView} onListViewChange={setListView} />
      </main>
    </div>
  )
}

interface PageProps {
  route: Route
  listView: ListView
  onListViewChange: (view: ListView) => void
}

function Page({ route, listView, onListViewChange }: PageProps) {
  switch (route.name) {
    case 'images':
      return <ImagesPage view={listView} onViewChange={onListViewChange} />
    case 'image':
      // Keyed by ID so moving between two images starts each page fresh (focus, expanded rows).
      return <ImagePage key={route.id} id={route.id} />
    case 'engine':
      return <EnginePage />
    case 'not-found':
      return <NotFoundPage />
  }
}
