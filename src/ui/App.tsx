import { Announcer } from './components/Announcer'
import { ConfirmDialog } from './components/ConfirmDialog'
import { Notices } from './components/Notices'
import { ShortcutsDialog } from './components/ShortcutsDialog'
import { WorkerErrorAlert } from './components/WorkerErrorAlert'
import { useDocumentLang } from './hooks/useDocumentLang'
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts'
import { CliTopicsPanel } from './panels/Cli/CliTopicsPanel'
import { ClusterPanel } from './panels/Cluster/ClusterPanel'
import { EventLogPanel } from './panels/EventLog/EventLogPanel'
import { Header } from './panels/Header/Header'
import { MetricsStrip } from './panels/Metrics/MetricsStrip'
import { PartitionsPanel } from './panels/Partitions/PartitionsPanel'
import { ProducePanel } from './panels/Produce/ProducePanel'
import { TimelinePanel } from './panels/Timeline/TimelinePanel'

/** Lays out the panels; nothing else lives here. */
export function App() {
  useDocumentLang()
  useKeyboardShortcuts()
  return (
    <div className="app">
      <Header />
      <Notices />
      <WorkerErrorAlert />
      <main className="layout">
        <div className="time-row">
          <TimelinePanel />
          <MetricsStrip />
        </div>
        <div className="col-main">
          <ClusterPanel />
          <PartitionsPanel />
        </div>
        <div className="col-side">
          <ProducePanel />
          <EventLogPanel />
        </div>
        <div className="full-row">
          <CliTopicsPanel />
        </div>
      </main>
      <Announcer />
      <ConfirmDialog />
      <ShortcutsDialog />
    </div>
  )
}
