// What happened to a producer batch, for the in-flight list: an icon, a tone (colour) and a
// message key, for every outcome the engine records (BatchOutcome['outcome']) and batch state.

import type { BatchOutcome } from '../../../engine/model'
import type { ProducerBatchView } from '../../../engine/view'
import type { MessageKey } from '../../i18n/catalog'

export type Tone = 'ok' | 'info' | 'warn' | 'bad'

export interface FateLook {
  readonly icon: string
  readonly tone: Tone
  readonly key: MessageKey
}

export const OUTCOME_LOOK: Readonly<Record<BatchOutcome['outcome'], FateLook>> = {
  acked: { icon: '✓', tone: 'ok', key: 'produce.fate.acked' },
  duplicate: { icon: '≡', tone: 'ok', key: 'produce.fate.duplicate' },
  sent: { icon: '➚', tone: 'info', key: 'produce.fate.sent' },
  expired: { icon: '✖', tone: 'bad', key: 'produce.fate.expired' },
  DELIVERY_TIMEOUT: { icon: '✖', tone: 'bad', key: 'produce.fate.expired' },
  NOT_ENOUGH_REPLICAS: { icon: '⊘', tone: 'warn', key: 'produce.fate.NOT_ENOUGH_REPLICAS' },
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: {
    icon: '⚠',
    tone: 'warn',
    key: 'produce.fate.NOT_ENOUGH_REPLICAS_AFTER_APPEND',
  },
  REQUEST_TIMED_OUT: { icon: '◷', tone: 'warn', key: 'produce.fate.REQUEST_TIMED_OUT' },
  NETWORK_EXCEPTION: { icon: '↯', tone: 'warn', key: 'produce.fate.NETWORK_EXCEPTION' },
  NOT_LEADER_OR_FOLLOWER: { icon: '↪', tone: 'warn', key: 'produce.fate.NOT_LEADER_OR_FOLLOWER' },
  OUT_OF_ORDER_SEQUENCE: { icon: '⇅', tone: 'bad', key: 'produce.fate.OUT_OF_ORDER_SEQUENCE' },
}

export const STATE_LOOK: Readonly<Record<ProducerBatchView['state'], FateLook>> = {
  queued: { icon: '⋯', tone: 'info', key: 'produce.batch.queued' },
  inFlight: { icon: '➜', tone: 'info', key: 'produce.batch.inFlight' },
  retrying: { icon: '⟳', tone: 'warn', key: 'produce.batch.retrying' },
}

/** An error the producer will retry is a warning; one it gives up on is a failure. */
export function outcomeLook(o: Pick<BatchOutcome, 'outcome' | 'willRetry'>): FateLook {
  const look = OUTCOME_LOOK[o.outcome]
  return look.tone === 'warn' && !o.willRetry ? { ...look, tone: 'bad' } : look
}

export interface OutcomeRun {
  readonly outcome: BatchOutcome['outcome']
  readonly partition: string
  readonly willRetry: boolean
  /** How many consecutive outcomes this row stands for, and their records. */
  readonly count: number
  readonly records: number
  /** The newest offset among them (-1: none). */
  readonly offset: number
  readonly key: string
}

/** Newest first; consecutive outcomes alike (partition, outcome, retry) are one row with a count. */
export function outcomeRuns(recent: readonly BatchOutcome[]): OutcomeRun[] {
  const out: OutcomeRun[] = []
  for (let i = recent.length - 1; i >= 0; i--) {
    const o = recent[i] as BatchOutcome
    const last = out[out.length - 1]
    if (
      last !== undefined &&
      last.partition === o.partition &&
      last.outcome === o.outcome &&
      last.willRetry === o.willRetry
    ) {
      out[out.length - 1] = { ...last, count: last.count + 1, records: last.records + o.records }
    } else {
      out.push({
        outcome: o.outcome,
        partition: o.partition,
        willRetry: o.willRetry,
        count: 1,
        records: o.records,
        offset: o.offset,
        key: `${o.batchId}-${o.tick}-${o.outcome}`,
      })
    }
  }
  return out
}

export interface BatchGroup {
  readonly partition: string
  readonly state: ProducerBatchView['state']
  readonly count: number
  readonly records: number
  readonly maxAttempts: number
}

/** Batches by partition and state, in the order they first appear. */
export function batchGroups(batches: readonly ProducerBatchView[]): BatchGroup[] {
  const groups = new Map<string, BatchGroup>()
  for (const b of batches) {
    const k = `${b.partition}/${b.state}`
    const g = groups.get(k)
    groups.set(k, {
      partition: b.partition,
      state: b.state,
      count: (g?.count ?? 0) + 1,
      records: (g?.records ?? 0) + b.records,
      maxAttempts: Math.max(g?.maxAttempts ?? 0, b.attempts),
    })
  }
  return [...groups.values()]
}
