import { type ComponentType, useMemo } from 'react'
import { Announcer } from './components/Announcer'
import { ConfirmDialog } from './components/ConfirmDialog'
import { Narration } from './components/Narration'
import { Notices } from './components/Notices'
import { WorkerErrorAlert } from './components/WorkerErrorAlert'
import { useDocumentLang } from './hooks/useDocumentLang'
import { useDomHighlight } from './hooks/useDomHighlight'
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts'
import { useT } from './i18n/useT'
import { deferredDialog } from './layout/deferredDialog'
import { deferredPanel, PanelSlot } from './layout/PanelSlot'
import { layoutRows, type PanelId, visiblePanels } from './layout/panelLayout'
import { usePrefetchMotion } from './motion/usePrefetchMotion'
import { ClusterPanel } from './panels/Cluster/ClusterPanel'
import { Header } from './panels/Header/Header'
import { MetricsStrip } from './panels/Metrics/MetricsStrip'
import { ProducePanel } from './panels/Produce/ProducePanel'
import { TimelinePanel } from './panels/Timeline/TimelinePanel'
import { useSim } from './store/useSim'

// The panels that start below the fold (at 1920×1080 and smaller) load after the first paint
// (layout/PanelSlot.tsx): the first load fetches what the first screen shows.
const PartitionsPanel = deferredPanel(
  () => import('./panels/Partitions/PartitionsPanel').then((m) => m.PartitionsPanel),
  'partitions-panel',
)
const PartitionPanel = deferredPanel(
  () => import('./panels/PartitionView/PartitionPanel').then((m) => m.PartitionPanel),
  'partition-view',
)
const EventLogPanel = deferredPanel(
  () => import('./panels/EventLog/EventLogPanel').then((m) => m.EventLogPanel),
  'event-log',
)
const GroupsPanel = deferredPanel(
  () => import('./panels/Groups/GroupsPanel').then((m) => m.GroupsPanel),
  'groups-panel',
)
const MetricsPanel = deferredPanel(
  () => import('./panels/Metrics/MetricsPanel').then((m) => m.MetricsPanel),
  'metrics-panel',
)
const CliTopicsPanel = deferredPanel(
  () => import('./panels/Cli/CliTopicsPanel').then((m) => m.CliTopicsPanel),
  'cli-topics-panel',
)
const CliGroupsPanel = deferredPanel(
  () => import('./panels/Cli/CliGroupsPanel').then((m) => m.CliGroupsPanel),
  'cli-groups-panel',
)
const ConfigPanel = deferredPanel(
  () => import('./panels/Config/ConfigPanel').then((m) => m.ConfigPanel),
  'config-panel',
)

// Dialogs that start closed load after the first paint too, or when opened (layout/deferredDialog).
const ShortcutsDialog = deferredDialog(
  () => import('./components/ShortcutsDialog').then((m) => m.ShortcutsDialog),
  (s) => s.shortcutsOpen,
)
const SimplifiedDialog = deferredDialog(
  () => import('./components/simplified/SimplifiedDialog').then((m) => m.SimplifiedDialog),
  (s) => s.simplifiedOpen,
)
const WhyFastDialog = deferredDialog(
  () => import('./components/whyFast/WhyFastDialog').then((m) => m.WhyFastDialog),
  (s) => s.whyFastOpen,
)

const PANELS: Readonly<Record<PanelId, ComponentType>> = {
  timeline: TimelinePanel,
  counters: MetricsStrip,
  cluster: ClusterPanel,
  partitions: PartitionsPanel,
  'partition-view': PartitionPanel,
  produce: ProducePanel,
  'event-log': EventLogPanel,
  groups: GroupsPanel,
  metrics: MetricsPanel,
  'cli-topics': CliTopicsPanel,
  'cli-groups': CliGroupsPanel,
  config: ConfigPanel,
}

function Column({ ids, className }: { ids: readonly PanelId[]; className: string }) {
  return (
    <div className={className}>
      {ids.map((id) => {
        const P = PANELS[id]
        return (
          <PanelSlot key={id}>
            <P />
          </PanelSlot>
        )
      })}
    </div>
  )
}

/** Lays out the panels (the ones chosen in the Panels menu or ?panels, in that order). */
export function App() {
  useDocumentLang()
  useKeyboardShortcuts()
  useDomHighlight()
  usePrefetchMotion()
  const t = useT()
  const layout = useSim((s) => s.panels)
  const rows = useMemo(() => layoutRows(visiblePanels(layout)), [layout])
  return (
    <div className="app">
      <Header />
      <Notices />
      <WorkerErrorAlert />
      <main className="layout">
        {rows.length === 0 ? <p className="panels-none">{t('panels.none')}</p> : null}
        {rows.map((row) =>
          row.kind === 'full' ? (
            <Column key={row.id} ids={[row.id]} className="full-row" />
          ) : (
            <div
              key={`split:${row.main[0]}`}
              className={`split-row${row.narrow ? ' split-narrow' : ''}`}
            >
              <Column ids={row.main} className="col-main" />
              <Column ids={row.side} className="col-side" />
            </div>
          ),
        )}
      </main>
      <Narration />
      <Announcer />
      <ConfirmDialog />
      <ShortcutsDialog />
      <SimplifiedDialog />
      <WhyFastDialog />
    </div>
  )
}
