import { lazy, Suspense, useState, useSyncExternalStore } from 'react'
import { loadDeferredText } from '../i18n/catalog'
import { useT } from '../i18n/useT'
import { useSimApi } from '../store/useSim'
import { ResumeDialog } from './ResumeDialog'
import './runs.css'
import { downloadRunFile, toRunFile } from './runFile'

// The import dialog (and its file checks' messages, English in enDeferred) loads the first time it
// is opened.
const ImportDialog = lazy(() =>
  Promise.all([import('./ImportDialog'), loadDeferredText()]).then(([m]) => ({
    default: m.ImportDialog,
  })),
)

/** Export run / Import run… in the header, with the import and resume dialogs. */
export function RunMenu() {
  const t = useT()
  const session = useSimApi()
  const [importing, setImporting] = useState(false)
  const [importOpened, setImportOpened] = useState(false)
  const hasRun = useSyncExternalStore(
    (cb) => session.runLog.subscribe(cb),
    () => session.runLog.version > 0,
  )
  const exportRun = () => {
    const run = session.runLog.run()
    if (run === null) return
    const s = session.store.getState()
    downloadRunFile(toRunFile(run, { tick: s.tick, head: s.head }, session.runLog.scenario))
  }
  return (
    <fieldset className="run-menu">
      <legend className="sr-only">{t('runs.label')}</legend>
      <button type="button" onClick={exportRun} disabled={!hasRun} title={t('runs.exportTitle')}>
        {t('runs.export')}
      </button>
      <button
        type="button"
        onClick={() => {
          setImportOpened(true)
          setImporting(true)
        }}
      >
        {t('runs.import')}
      </button>
      {importOpened ? (
        <Suspense fallback={null}>
          <ImportDialog open={importing} onClose={() => setImporting(false)} />
        </Suspense>
      ) : null}
      <ResumeDialog />
    </fieldset>
  )
}
