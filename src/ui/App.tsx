import { Announcer } from './components/Announcer'
import { ConfirmDialog } from './components/ConfirmDialog'
import { Notices } from './components/Notices'
import { ShortcutsDialog } from './components/ShortcutsDialog'
import { WorkerErrorAlert } from './components/WorkerErrorAlert'
import { useDocumentLang } from './hooks/useDocumentLang'
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts'
import { CliGroupsPanel } from './panels/Cli/CliGroupsPanel'
import { CliTopicsPanel } from './panels/Cli/CliTopicsPanel'
import { ClusterPanel } from './panels/Cluster/ClusterPanel'
import { ConfigPanel } from './panels/Config/ConfigPanel'
import { EventLogPanel } from './panels/EventLog/EventLogPanel'
import { GroupsPanel } from './panels/Groups/GroupsPanel'
import { Header } from './panels/Header/Header'
import { MetricsPanel } from './panels/Metrics/MetricsPanel'
import { MetricsStrip } from './panels/Metrics/MetricsStrip'
import { PartitionsPanel } from './panels/Partitions/PartitionsPanel'
import { PartitionPanel } from './panels/PartitionView/PartitionPanel'
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
          <PartitionPanel />
        </div>
        <div className="col-side">
          <ProducePanel />
          <EventLogPanel />
        </div>
        <div className="full-row">
          <GroupsPanel />
        </div>
        <div className="full-row">
          <MetricsPanel />
        </div>
        <div className="full-row">
          <CliTopicsPanel />
        </div>
        <div className="full-row">
          <CliGroupsPanel />
        </div>
        <div className="full-row">
          <ConfigPanel />
        </div>
      </main>
      <Announcer />
      <ConfirmDialog />
      <ShortcutsDialog />
    </div>
  )
}
