// The verdict on a run's History (history.ts): its records read against the final logs after the
// cluster healed and settled: acknowledged records lost, duplicated or reordered, replicas that
// differ below the HW, what each group processed, missed or processed again, and whether the
// engine reported each of them. `problems` lists what fails.

import { get } from '../chunks'
import { effectiveIdempotence } from '../config'
import { recordIdAt } from '../log/replicaLog'
import type { SimState } from '../model'
import { FATE, replicaKey } from '../model'
import { DEFAULT_PRODUCER } from '../sim'
import { firstDifference, type History, k, liveLeader, type Violation } from './history'
import { firstSequenceNotZero, forgottenRetries } from './kafka39'

export interface GroupVerdict {
  readonly policy: string
  readonly dedupe: boolean
  /** Distinct records processed, and processings beyond each record's first (redeliveries). */
  readonly processed: number
  readonly redelivered: number
  /** What the engine reported: recordsReprocessed and recordsDeduplicated counts. */
  readonly reprocessed: number
  readonly deduplicated: number
  /** Records of the final log below the group's frontier that nobody processed. */
  readonly missed: readonly number[]
  /** Missed and not reported by recordsSkipped; those at an offset the group had processed another record at. */
  readonly unreportedSkips: readonly number[]
  readonly afterOffsetReuse: readonly number[]
  /** Never processed, written before a `latest` start (not counted as missed). */
  readonly beforeLatest: number
  /** In the final log at or past the group's frontier: not processed yet. */
  readonly pending: number
  /** Redeliveries or processing counts the engine reports differently. */
  readonly disagreements: readonly string[]
}

export interface Verdict {
  readonly acked: number
  /** Acknowledged records not in the final committed log; those the engine did not flag LOST. */
  readonly lost: readonly number[]
  readonly unreportedLoss: readonly number[]
  readonly deletedByRetention: number
  /** Records a group processed that are not in the final log (retention aside). */
  readonly consumedLost: readonly number[]
  /** Records at two offsets of the final log; partitions holding a producer's records out of order. */
  readonly duplicated: readonly number[]
  readonly reordered: readonly string[]
  /** The default producer is idempotent (then neither may happen), and its epoch at the end. */
  readonly idempotent: boolean
  readonly producerEpoch: number
  /**
   * Of `duplicated` and `reordered`, those on a partition whose log starts the producer at a
   * sequence other than 0 (firstSequenceNotZero): Kafka 3.9's own behaviour, not the engine's.
   */
  readonly firstSequence: readonly string[]
  /**
   * Of `duplicated`, those written again under a new epoch because the leader had forgotten the
   * batch that held them (forgottenRetries, KAFKA-18905): Kafka 3.9's own behaviour too.
   */
  readonly forgottenRetry: readonly string[]
  /** Live ISR members that differ from the leader below its HW at the end. */
  readonly divergent: readonly string[]
  readonly invariants: readonly Violation[]
  readonly order: readonly string[]
  readonly commitAhead: readonly string[]
  /** Duplicates not flagged DUPLICATED and reorderings without recordsReordered. */
  readonly unreported: readonly string[]
  readonly groups: Readonly<Record<string, GroupVerdict>>
}

/** Reads the history against the final logs (after the cluster healed and settled). */
export function judge(h: History, sim: SimState): Verdict {
  const present = new Map<string, Set<number>>()
  const [divergent, reordered, duplicated]: [string[], string[], number[]] = [[], [], []]
  const [firstSequence, forgottenRetry]: [string[], string[]] = [[], []]
  const pid = sim.producers[DEFAULT_PRODUCER]?.producerId ?? -1
  for (const [p, m] of Object.entries(sim.partitions)) {
    const leader = liveLeader(sim, p)
    if (leader === undefined || sim.topics[m.topic]?.internal) continue
    const { log, highWatermark: hw } = leader
    const ids = new Set<number>()
    const last = new Map<string, number>()
    const [d0, r0] = [duplicated.length, reordered.length]
    for (let o = log.logStartOffset; o < hw; o++) {
      const id = recordIdAt(log, o) as number
      const by = get(sim.records, id)?.producer ?? ''
      if (ids.has(id)) duplicated.push(id)
      else if (id < (last.get(by) ?? -1)) reordered.push(`${p} at ${o}: record ${id}`)
      ids.add(id)
      last.set(by, Math.max(id, last.get(by) ?? -1))
    }
    if (firstSequenceNotZero(log, pid))
      firstSequence.push(...duplicated.slice(d0).map(String), ...reordered.slice(r0))
    else if (duplicated.length > d0) {
      const rewritten = forgottenRetries(log, pid)
      forgottenRetry.push(
        ...duplicated
          .slice(d0)
          .filter((id) => rewritten.has(id))
          .map(String),
      )
    }
    present.set(p, ids)
    for (const b of m.isr) {
      const r = sim.replicas[replicaKey(p, b)]
      if (b === m.leader || r === undefined || sim.brokers[b]?.status === 'offline') continue
      const o = firstDifference(r.log, log, Math.max(r.log.logStartOffset, log.logStartOffset), hw)
      if (o !== null) divergent.push(`${p}: broker ${b} differs from leader ${m.leader} at ${o}`)
    }
  }
  const lost: number[] = []
  let deletedByRetention = 0
  for (const [id, a] of h.acks) {
    const ids = present.get(a.partition)
    if (ids === undefined || ids.has(id)) continue
    if (a.offset >= 0 && a.offset < (liveLeader(sim, a.partition)?.log.logStartOffset ?? 0))
      deletedByRetention++
    else lost.push(id)
  }
  const groups: Record<string, GroupVerdict> = {}
  for (const id of Object.keys(sim.groups.groups)) groups[id] = judgeGroup(h, sim, id)
  const consumed = new Set([...h.counts.values()].flatMap((m) => [...m.keys()]))
  const consumedLost = [...consumed].filter((id) => {
    const r = get(sim.records, id)
    const p = r === undefined ? '' : `${r.topic}-${r.partition}`
    const start = liveLeader(sim, p)?.log.logStartOffset ?? 0
    return present.get(p)?.has(id) === false && (get(sim.fate.offsets, id) ?? 0) >= start
  })
  const flagged = (flag: number) => (id: number) => ((get(sim.fate.flags, id) ?? 0) & flag) !== 0
  const producer = sim.producers[DEFAULT_PRODUCER]
  return {
    acked: h.acks.size,
    lost,
    unreportedLoss: [...new Set([...lost, ...consumedLost])].filter(
      (id) => !flagged(FATE.LOST)(id),
    ),
    deletedByRetention,
    consumedLost,
    duplicated,
    reordered,
    idempotent: producer !== undefined && effectiveIdempotence(producer.config),
    producerEpoch: producer?.producerEpoch ?? 0,
    firstSequence,
    forgottenRetry,
    unreported: [
      ...duplicated.filter((id) => !flagged(FATE.DUPLICATED)(id)).map((id) => `record ${id} twice`),
      // A record retried after later ones were written is reordered; the engine reports either.
      ...reordered.filter((x) => {
        const [p, id] = [x.split(' at ')[0] as string, Number(x.split(' record ')[1])]
        return !h.reorderReported.has(p) && !flagged(FATE.DUPLICATED)(id)
      }),
    ],
    divergent,
    invariants: [...h.invariants.values()],
    order: h.order,
    commitAhead: h.commitAhead,
    groups,
  }
}

function judgeGroup(h: History, sim: SimState, group: string): GroupVerdict {
  const g = sim.groups.groups[group]
  if (g === undefined) throw new Error(`no group ${group}`)
  const counts = h.countsOf(group)
  const disagreements: string[] = []
  const extra = new Map<string, number>()
  let redelivered = 0
  for (let id = 0; id < sim.records.length; id++) {
    const n = counts.get(id) ?? 0
    const engine = get(g.fate.counts, id) ?? 0
    if (n !== engine)
      disagreements.push(`record ${id} processed ${n} times, the engine counted ${engine}`)
    const rec = get(sim.records, id)
    if (n < 2 || rec === undefined) continue
    const p = `${rec.topic}-${rec.partition}`
    extra.set(p, (extra.get(p) ?? 0) + n - 1)
    redelivered += n - 1
  }
  const seenAt = new Map<string, number>()
  for (const x of h.processed) if (x.group === group) seenAt.set(k(x.partition, x.offset), x.id)
  const v = {
    missed: [] as number[],
    unreportedSkips: [] as number[],
    afterOffsetReuse: [] as number[],
  }
  let [beforeLatest, pending, reprocessed, deduplicated] = [0, 0, 0, 0]
  for (const t of g.topics) {
    for (let i = 0; i < (sim.topics[t]?.partitions ?? 0); i++) {
      const p = `${t}-${i}`
      const rep = h.report(group, p)
      reprocessed += rep.reprocessed
      deduplicated += rep.deduplicated
      const seen = extra.get(p) ?? 0
      if (
        seen !== (g.dedupe ? rep.deduplicated : rep.reprocessed) ||
        (g.dedupe && rep.reprocessed > 0)
      )
        disagreements.push(
          `${p}: ${seen} redeliveries; reported ${rep.reprocessed} reprocessed, ${rep.deduplicated} deduplicated`,
        )
      const leader = liveLeader(sim, p)
      if (leader === undefined) continue
      const frontier = frontierOf(sim, group, p)
      const here: [number, number][] = []
      for (let o = leader.log.logStartOffset; o < leader.highWatermark; o++) {
        const id = recordIdAt(leader.log, o) as number
        if ((counts.get(id) ?? 0) > 0) continue
        if (o >= frontier) pending++
        else if (rep.latestResets.some((r) => r > o)) beforeLatest++
        else here.push([o, id])
      }
      for (const [o, id] of here) {
        v.missed.push(id)
        if (rep.skipOffsets.has(o) || (!rep.skipComplete && here.length <= rep.skipped)) continue
        v.unreportedSkips.push(id)
        if (seenAt.has(k(p, o))) v.afterOffsetReuse.push(id)
      }
    }
  }
  const base = { policy: g.commitPolicy, dedupe: g.dedupe, processed: counts.size, redelivered }
  return { ...base, ...v, reprocessed, deduplicated, beforeLatest, pending, disagreements }
}

/** Where the group stands in a partition: its owner's next unprocessed offset, else its commit. */
function frontierOf(sim: SimState, group: string, p: string): number {
  const g = sim.groups.groups[group]
  let f = Number.POSITIVE_INFINITY
  for (const c of Object.values(g?.consumers ?? {})) {
    const pos = c.positions[p]
    if (c.status !== 'running' || !c.assigned.includes(p) || pos === undefined) continue
    f = Math.min(
      f,
      pos,
      ...(c.batch?.records ?? []).filter((r) => r.partition === p).map((r) => r.offset),
    )
  }
  return Number.isFinite(f) ? f : (g?.coord.offsets[p] ?? -1)
}

export type Check =
  | 'unreported loss'
  | 'invariant'
  | 'order'
  | 'disagreement'
  | 'unreported skip'
  | 'at-least-once'
  | 'not caught up'
  | 'acknowledged loss'
  | 'divergent replicas'
  | 'commit before processing'
  | 'unreported duplicate or reordering'
  | 'consumed, then lost'
  | 'idempotent producer duplicated or reordered'

export interface Problem {
  readonly check: Check
  readonly details: readonly string[]
}

/** What fails: the engine's agreement, order and invariants always; the guarantees when `safe`. */
export function problems(v: Verdict, safe: boolean): Problem[] {
  const out: Problem[] = []
  const add = (check: Check, details: readonly (string | number)[]) => {
    if (details.length > 0) out.push({ check, details: details.map(String) })
  }
  add('unreported loss', v.unreportedLoss)
  add(
    'invariant',
    v.invariants.map((x) => `${x.tick} ${x.rule} ${x.where}: ${x.detail}`),
  )
  add('order', v.order)
  add('unreported duplicate or reordering', v.unreported)
  for (const [id, g] of Object.entries(v.groups)) {
    add(
      'disagreement',
      g.disagreements.map((d) => `${id} ${d}`),
    )
    add(
      'unreported skip',
      g.unreportedSkips.map((r) => `${id} record ${r}`),
    )
    if (!safe || g.policy === 'before-processing') continue
    add(
      'at-least-once',
      g.missed.map((r) => `${id} record ${r}`),
    )
    if (g.pending > 0) add('not caught up', [`${id}: ${g.pending} records not processed`])
  }
  if (!safe) return out
  add('acknowledged loss', v.lost)
  add('divergent replicas', v.divergent)
  add('commit before processing', v.commitAhead)
  add('consumed, then lost', v.consumedLost)
  if (v.idempotent)
    add('idempotent producer duplicated or reordered', [...v.duplicated, ...v.reordered])
  return out
}

export function describeProblems(list: readonly Problem[]): string {
  return list
    .map((p) => `${p.check} (${p.details.length}): ${p.details.slice(0, 5).join('; ')}`)
    .join('\n')
}
