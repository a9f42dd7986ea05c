import { useState, useSyncExternalStore } from 'react'
import { useT } from '../i18n/useT'
import { useSimApi } from '../store/useSim'
import { ImportDialog } from './ImportDialog'
import { ResumeDialog } from './ResumeDialog'
import './runs.css'
import { downloadRunFile, toRunFile } from './runFile'

/** Export run / Import run… in the header, with the import and resume dialogs. */
export function RunMenu() {
  const t = useT()
  const session = useSimApi()
  const [importing, setImporting] = useState(false)
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
      <button type="button" onClick={() => setImporting(true)}>
        {t('runs.import')}
      </button>
      <ImportDialog open={importing} onClose={() => setImporting(false)} />
      <ResumeDialog />
    </fieldset>
  )
}
