import { type ChangeEvent, useId, useState } from 'react'
import { Dialog } from '../components/Dialog'
import { engineErrorText } from '../i18n/engineErrors'
import { useLang, useT } from '../i18n/useT'
import { useSimApi } from '../store/useSim'
import { IssueList } from './IssueList'
import type { ParsedRun } from './runFile'
import { MAX_RUN_CHARS, parseRunText, type RunIssue } from './validateRun'

interface Props {
  open: boolean
  onClose: () => void
}

/**
 * Import run: a file (loaded as soon as it is picked) or pasted JSON (Load run). The whole file is
 * checked first and nothing changes unless it is valid and the simulation replays it.
 */
export function ImportDialog({ open, onClose }: Props) {
  const t = useT()
  const lang = useLang()
  const session = useSimApi()
  const [text, setText] = useState('')
  const [issues, setIssues] = useState<readonly RunIssue[]>([])
  const [engine, setEngine] = useState<string | null>(null)
  const [from, setFrom] = useState<'file' | 'paste' | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()
  const errorId = `${id}-errors`
  const close = () => {
    setIssues([])
    setEngine(null)
    setFrom(null)
    onClose()
  }
  const load = async (source: string, kind: 'file' | 'paste') => {
    setFrom(kind)
    setEngine(null)
    const checked = parseRunText(source)
    if (!checked.ok) {
      setIssues(checked.issues)
      return
    }
    setIssues([])
    setBusy(true)
    try {
      const out = await session.importRun(checked.run)
      if (!out.ok) setEngine(engineErrorText(out.message, lang))
      else {
        announce(checked.run, out.refused)
        setText('')
        close()
      }
    } finally {
      setBusy(false)
    }
  }
  const announce = (run: ParsedRun, refused: readonly { index: number; message: string }[]) => {
    const s = session.store.getState()
    s.addNotice({
      kind: 'info',
      key: 'runs.loaded',
      params: { seed: run.seed, count: run.inputs.length, s: (s.tick / 1000).toFixed(1) },
    })
    const first = refused[0]
    if (first !== undefined)
      s.addNotice({
        kind: 'warning',
        key: 'runs.refused',
        params: {
          count: refused.length,
          first: `#${first.index}: ${engineErrorText(first.message, lang)}`,
        },
      })
  }
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (file === undefined) return
    setFrom('file')
    if (file.size > MAX_RUN_CHARS * 4) {
      setIssues([{ path: '', code: 'tooBig', params: { size: file.size, max: MAX_RUN_CHARS } }])
      return
    }
    try {
      await load(await file.text(), 'file')
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      setEngine(t('runs.import.readFailed', { message }))
    }
  }
  const bad = issues.length > 0 || engine !== null
  const described = (kind: 'file' | 'paste') =>
    bad && from === kind ? { 'aria-describedby': errorId, 'aria-invalid': true as const } : {}
  return (
    <Dialog open={open} title={t('runs.import.title')} onClose={close} className="import-dialog">
      <p>{t('runs.import.lead')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('runs.import.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={onFile}
          {...described('file')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-paste`}>{t('runs.import.paste')}</label>
        <textarea
          id={`${id}-paste`}
          rows={8}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          {...described('paste')}
        />
      </div>
      <IssueList id={errorId} issues={issues} engine={engine} />
      {busy ? <p role="status">{t('runs.import.loading')}</p> : null}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('runs.import.cancel')}
        </button>
        <button
          type="button"
          className="btn-primary"
          disabled={busy}
          onClick={() => void load(text, 'paste')}
        >
          {t('runs.import.load')}
        </button>
      </div>
    </Dialog>
  )
}
