// A run's history as its clients saw it, checked afterwards like Kafka's system tests and Jepsen:
// producer acknowledgements (batches leaving the accumulator, with the offsets the leader
// answered), every record each group's application processed (by consumer, ownership tenure and
// partition), commits, resets and what the engine reported (group events), the commands issued,
// and invariants after every step. `judge` (judge.ts) reads it against the final logs; `problems` lists
// what fails. A batch is seen between engine ticks, so processing must take >= 1 ms per record (a
// batch polled and processed within one tick would go unseen, and the count check would say so).

import { get } from '../chunks'
import type { Command } from '../commands'
import type { SimEvent } from '../events'
import { offsetsPartitionOf } from '../groups/lookup'
import type { PolledRecord } from '../groups/model'
import { recordIdAt } from '../log/replicaLog'
import type { OpenBatch, SimState } from '../model'
import { FATE } from '../model'
import { ownershipViolations } from './groups'
import { liveLeader, ReplicationWatch } from './replicationWatch'

export { firstDifference, liveLeader } from './replicationWatch'

export interface Processed {
  readonly group: string
  readonly client: string
  readonly tenure: number
  readonly partition: string
  readonly offset: number
  readonly id: number
  readonly tick: number
}

export interface Violation {
  readonly tick: number
  readonly rule: string
  readonly where: string
  readonly detail: string
}

/** What the engine reported for one group and partition, and where `latest` started it. */
export interface Reports {
  reprocessed: number
  deduplicated: number
  skipped: number
  skipOffsets: Set<number>
  /** Every skip event listed all its offsets (an event lists at most 20). */
  skipComplete: boolean
  latestResets: number[]
}

interface Watch {
  records: readonly PolledRecord[] | null
  tenures: Record<string, number>
}

export const k = (...parts: (string | number)[]): string => parts.join('/')

export class History {
  /** Record id -> the acknowledgement its producer saw. */
  readonly acks = new Map<number, { partition: string; offset: number; tick: number }>()
  readonly failed = new Set<number>()
  readonly processed: Processed[] = []
  readonly commits: { tick: number; group: string; offsets: Record<string, number> }[] = []
  readonly commands: { tick: number; command: Command }[] = []
  /** "group/partition" -> reports; group -> record id -> times processed. */
  readonly reports = new Map<string, Reports>()
  readonly counts = new Map<string, Map<number, number>>()
  /** The first violation of each rule where it happened; order and commit problems. */
  readonly invariants = new Map<string, Violation>()
  readonly order: string[] = []
  readonly commitAhead: string[] = []
  /** Partitions the engine reported records out of their producer's order in (recordsReordered). */
  readonly reorderReported = new Set<string>()
  steps = 0
  private cursor = 0
  private batches = new Map<string, Map<number, OpenBatch>>()
  private watches = new Map<string, Watch>()
  private tenure = new Map<string, number>()
  private nextTenure = 1
  private last = new Map<number, number>()
  private crashed = new Map<string, number>()
  private base = new Map<string, number>()
  private generations = new Set<string>()
  private uncleanOn = new Set<string>()
  private readonly replication: ReplicationWatch

  /** `strong`: leader-epoch truncation and no power failure, so the ISR must match below the HW. */
  constructor(readonly strong: boolean) {
    this.replication = new ReplicationWatch(strong, (sim, rule, where, detail) =>
      this.violation(sim, rule, where, detail),
    )
  }

  noteCommand(tick: number, command: Command): void {
    this.commands.push({ tick, command })
  }

  report(group: string, partition: string): Reports {
    const key = k(group, partition)
    let r = this.reports.get(key)
    if (r === undefined) {
      r = {
        reprocessed: 0,
        deduplicated: 0,
        skipped: 0,
        skipOffsets: new Set(),
        skipComplete: true,
        latestResets: [],
      }
      this.reports.set(key, r)
    }
    return r
  }

  countsOf(group: string): Map<number, number> {
    const m = this.counts.get(group) ?? new Map<number, number>()
    this.counts.set(group, m)
    return m
  }

  /** Call after every step: new events, producer and consumer state, then the invariants. */
  observe(sim: SimState, events: readonly SimEvent[]): void {
    this.steps++
    for (; this.cursor < events.length; this.cursor++)
      this.onEvent(sim, events[this.cursor] as SimEvent)
    this.watchProducers(sim)
    this.watchConsumers(sim)
    this.checkStep(sim)
  }

  private endTenures(group: string, client: string, partitions?: readonly string[]): void {
    const prefix = `${k(group, client)}/`
    for (const key of [...this.tenure.keys()])
      if (key.startsWith(prefix) && (partitions?.includes(key.slice(prefix.length)) ?? true))
        this.tenure.delete(key)
  }

  private onEvent(sim: SimState, e: SimEvent): void {
    switch (e.type) {
      case 'partitionsAssigned':
        for (const p of e.partitions) this.tenure.set(k(e.group, e.clientId, p), this.nextTenure++)
        return
      case 'partitionsRevoked':
      case 'partitionsLost':
        this.endTenures(e.group, e.clientId, e.partitions)
        return
      case 'consumerCrashed':
        this.crashed.set(k(e.group, e.clientId), e.unprocessed)
        this.endTenures(e.group, e.clientId)
        return
      case 'consumerClosed':
      case 'consumerFailed':
        this.endTenures(e.group, e.clientId)
        return
      case 'offsetReset':
        this.tenure.set(k(e.group, e.clientId, e.partition), this.nextTenure++)
        this.base.set(k(e.group, e.partition), e.offset)
        if (e.strategy === 'latest') this.report(e.group, e.partition).latestResets.push(e.offset)
        return
      case 'consumerTruncationDetected':
        // KIP-320 moved the position back to where the logs diverge: a new tenure from there.
        if (e.action !== 'seek' || e.divergedAt === null) return
        this.tenure.set(k(e.group, e.clientId, e.partition), this.nextTenure++)
        this.base.set(k(e.group, e.partition), e.divergedAt)
        return
      case 'rebalanceCompleted': {
        // A generation is stored before members learn it: only a lost group record lets it recur.
        // Not an empty one: its record is not waited for, and nobody learns it (Kafka's
        // GroupCoordinator.onCompleteJoin: "safe since there are no active members").
        if (Object.keys(e.assignment).length === 0) return
        const gk = `${e.group} gen ${e.generation}`
        if (this.generations.has(gk) && !this.groupRecordLost(sim, e.group))
          this.violation(sim, 'GenerationReused', gk, 'completed twice')
        this.generations.add(gk)
        return
      }
      case 'leaderElected':
        if (e.kind === 'unclean') this.uncleanOn.add(e.partition)
        return
      case 'offsetsCommitted':
        this.commits.push({ tick: e.tick, group: e.group, offsets: e.offsets })
        for (const [p, o] of Object.entries(e.offsets)) this.checkCommit(sim, e.group, p, o)
        return
      case 'recordsReordered':
        this.reorderReported.add(e.partition)
        return
      case 'recordsReprocessed':
        this.report(e.group, e.partition).reprocessed += e.count
        return
      case 'recordsDeduplicated':
        this.report(e.group, e.partition).deduplicated += e.count
        return
      case 'recordsSkipped': {
        const r = this.report(e.group, e.partition)
        r.skipped += e.count
        for (const o of e.offsets) r.skipOffsets.add(o)
        if (e.count > e.offsets.length) r.skipComplete = false
        return
      }
      case 'logTruncated':
        this.replication.truncated(e.partition, e.broker, e.to)
        return
    }
  }

  /** Committing after processing: every record from the last commit up to this one was processed. */
  private checkCommit(sim: SimState, group: string, p: string, offset: number): void {
    const from = this.base.get(k(group, p))
    this.base.set(k(group, p), offset)
    const leader = liveLeader(sim, p)
    if (sim.groups.groups[group]?.commitPolicy === 'before-processing') return
    if (from === undefined || offset <= from || leader === undefined) return
    const counts = this.countsOf(group)
    const end = Math.min(offset, leader.log.logEndOffset)
    for (let o = Math.max(from, leader.log.logStartOffset); o < end; o++) {
      const id = recordIdAt(leader.log, o)
      if (id === undefined || (counts.get(id) ?? 0) > 0) continue
      this.commitAhead.push(`${sim.tick} ${group} committed ${p} ${offset}: ${o} unprocessed`)
      return
    }
  }

  private watchProducers(sim: SimState): void {
    for (const p of Object.values(sim.producers)) {
      const open = this.batches.get(p.id) ?? new Map<number, OpenBatch>()
      this.batches.set(p.id, open)
      for (const [id, b] of open) {
        if (p.batches[id] !== undefined) continue
        open.delete(id)
        // Its answer, from the producer's recent outcomes, else from the record fate.
        let out = p.recent.find((r) => r.batchId === id)
        for (const r of p.recent) if (r.batchId === id) out = r
        b.recordIds.forEach((rid, i) => {
          const f = get(sim.fate.flags, rid) ?? 0
          const ok =
            out === undefined
              ? (f & FATE.ACKED) !== 0
              : out.outcome === 'acked' || out.outcome === 'duplicate'
          const offset =
            out !== undefined && out.offset >= 0
              ? out.offset + i
              : (get(sim.fate.offsets, rid) ?? -1)
          if (ok) this.acks.set(rid, { partition: b.partition, offset, tick: sim.tick })
          else if (out?.outcome === 'expired' || (f & FATE.FAILED) !== 0) this.failed.add(rid)
        })
      }
      for (const id in p.batches)
        if (!open.has(Number(id))) open.set(Number(id), p.batches[id] as OpenBatch)
    }
  }

  private watchConsumers(sim: SimState): void {
    for (const g of Object.values(sim.groups.groups)) {
      for (const c of Object.values(g.consumers)) {
        const key = k(g.id, c.clientId)
        const w = this.watches.get(key) ?? { records: null, tenures: {} }
        this.watches.set(key, w)
        const now = c.batch?.records ?? null
        if (now === w.records) continue
        if (w.records !== null) {
          // The batch is gone: processed in full, cut short by a crash, or dropped by a failure.
          let done = w.records.length
          if (c.status === 'crashed') done -= this.crashed.get(key) ?? done
          else if (c.status === 'failed') done = 0
          this.applyProcessed(sim, g.id, c.clientId, w, done)
        }
        this.crashed.delete(key)
        w.records = now
        w.tenures = {}
        for (const r of now ?? []) {
          if (w.tenures[r.partition] !== undefined) continue
          const tk = k(g.id, c.clientId, r.partition)
          const t = this.tenure.get(tk) ?? this.nextTenure++
          this.tenure.set(tk, t)
          w.tenures[r.partition] = t
        }
      }
    }
  }

  /** Within one tenure (an owner's uninterrupted hold on a partition) offsets go up one by one. */
  private applyProcessed(
    sim: SimState,
    group: string,
    client: string,
    w: Watch,
    done: number,
  ): void {
    const counts = this.countsOf(group)
    for (const r of (w.records ?? []).slice(0, done)) {
      counts.set(r.id, (counts.get(r.id) ?? 0) + 1)
      const tenure = w.tenures[r.partition] as number
      this.processed.push({
        group,
        client,
        tenure,
        partition: r.partition,
        offset: r.offset,
        id: r.id,
        tick: sim.tick,
      })
      const prev = this.last.get(tenure)
      if (prev !== undefined && r.offset !== prev + 1)
        this.order.push(
          `${sim.tick} ${group}/${client} ${r.partition} tenure ${tenure}: ${r.offset} after ${prev} (${r.offset <= prev ? 'backwards' : 'gap'})`,
        )
      this.last.set(tenure, r.offset)
    }
  }

  /** Committed group records may be gone: power failures, HW truncation or an unclean election. */
  private groupRecordLost(sim: SimState, group: string): boolean {
    return !this.strong || this.uncleanOn.has(offsetsPartitionOf(sim, group) ?? '')
  }

  private violation(sim: SimState, rule: string, where: string, detail: string): void {
    const key = `${rule} ${where}`
    if (!this.invariants.has(key)) this.invariants.set(key, { tick: sim.tick, rule, where, detail })
  }

  /** Replication invariants after every step (replicationWatch.ts); then one owner per generation. */
  private checkStep(sim: SimState): void {
    this.replication.check(sim)
    for (const o of ownershipViolations(sim)) {
      const where = /^\S+ gen -?\d+/.exec(o)?.[0] ?? ''
      if (!this.groupRecordLost(sim, where.split(' ')[0] as string))
        this.violation(sim, 'OneOwnerPerGeneration', where, o)
    }
  }
}
