import { Term } from '../../components/Term'
import type { TermId } from '../../i18n/terms'
import { useT } from '../../i18n/useT'
import { selectHighlighted, selectPartition } from '../../store/selectors'
import { useSim, useSimApi } from '../../store/useSim'

const FOCUS_SIZE = 24

/** One partition; clicking it puts it in focus (the worker then sends its log cells). */
export function PartitionRow({ partitionKey }: { partitionKey: string }) {
  const t = useT()
  const session = useSimApi()
  const p = useSim(selectPartition(partitionKey))
  const minIsr = useSim((s) =>
    p === undefined ? 1 : (s.view?.topics[p.topic]?.config.minInsyncReplicas ?? 1),
  )
  const selected = useSim((s) => s.selectedPartition === partitionKey)
  const highlighted = useSim(selectHighlighted(`partition-${partitionKey}`))
  const select = useSim((s) => s.selectPartition)
  if (p === undefined) return null
  const focus = () => {
    const next = selected ? null : partitionKey
    select(next)
    session.send({
      type: 'setFocus',
      focus: next === null ? null : { partition: next, from: null, size: FOCUS_SIZE },
    })
  }
  const offline = p.offline || p.leader === null
  const state: { cls: string; glyph: string; text: string; term?: TermId } = offline
    ? { cls: 'state-offline', glyph: '✕', text: t('partitions.offline'), term: 'offline' }
    : p.isr.length < minIsr
      ? {
          cls: 'state-warn',
          glyph: '▼',
          text: t('partitions.underMinIsr', { min: minIsr }),
          term: 'minIsr',
        }
      : p.isr.length < p.replicas.length
        ? {
            cls: 'state-warn',
            glyph: '◌',
            text: t('partitions.underReplicated'),
            term: 'underReplicated',
          }
        : { cls: 'state-ok', glyph: '●', text: t('partitions.online') }
  return (
    <tr
      data-testid={`partition-${partitionKey}`}
      data-offline={offline ? 'true' : 'false'}
      className={`${selected ? 'selected' : ''}${highlighted ? ' highlighted' : ''}`}
      onClick={focus}
    >
      <th scope="row">
        <button
          type="button"
          className="btn-link"
          aria-pressed={selected}
          onClick={(e) => {
            e.stopPropagation()
            focus()
          }}
        >
          {partitionKey}
        </button>
      </th>
      <td>{offline ? <em>{t('partitions.none')}</em> : `★ ${p.leader}`}</td>
      <td className="num">{p.leaderEpoch}</td>
      <td>{p.replicas.join(', ')}</td>
      <td>{p.isr.length === 0 ? '∅' : p.isr.join(', ')}</td>
      <td className="num">{p.highWatermark}</td>
      <td className="num">{p.logEndOffset}</td>
      <td className={state.cls}>
        <span aria-hidden="true">{state.glyph}</span>{' '}
        {state.term === undefined ? state.text : <Term id={state.term}>{state.text}</Term>}
      </td>
    </tr>
  )
}
