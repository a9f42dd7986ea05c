// The replication half of History (history.ts): per partition, the leadership last seen, its HW,
// epoch -> leader and the ISR members checked so far; after every step: the leader is in the ISR,
// one leader per epoch, the HW never goes down within a leadership, and (strong runs) live ISR
// members hold the leader's records below the HW.

import { recordIdAt } from '../log/replicaLog'
import type { PartitionMeta, Replica, ReplicaLog, SimState } from '../model'
import { replicaKey } from '../model'

/** Per partition: leadership last seen, its HW, epoch -> leader, ISR members checked up to. */
interface PartState {
  readonly meta: PartitionMeta
  readonly replicas: Map<number, Replica>
  epoch: number
  leader: number
  inc: number
  hw: number
  leaders: Map<number, number>
  members: Map<number, { epoch: number; leaderInc: number; inc: number; upTo: number }>
}

type Report = (sim: SimState, rule: string, where: string, detail: string) => void

export class ReplicationWatch {
  private parts = new Map<string, PartState>()
  private list: PartState[] = []

  constructor(
    private readonly strong: boolean,
    private readonly violation: Report,
  ) {}

  /** A follower truncated: what it holds is checked again from there. */
  truncated(partition: string, broker: number, to: number): void {
    const v = this.parts.get(partition)?.members.get(broker)
    if (v !== undefined) v.upTo = Math.min(v.upTo, to)
  }

  /** The partitions with their replicas (the engine keeps these objects for a run). */
  private partitions(sim: SimState): PartState[] {
    let n = 0
    for (const t in sim.topics) n += sim.topics[t]?.partitions ?? 0
    if (n === this.parts.size) return this.list
    for (const p in sim.partitions) {
      const m = sim.partitions[p] as PartitionMeta
      if (this.parts.has(p)) continue
      const replicas = new Map(
        m.replicas.map((b) => [b, sim.replicas[replicaKey(p, b)] as Replica]),
      )
      const s: PartState = {
        meta: m,
        replicas,
        epoch: -1,
        leader: -1,
        inc: -1,
        hw: -1,
        leaders: new Map(),
        members: new Map(),
      }
      this.parts.set(p, s)
      this.list.push(s)
    }
    return this.list
  }

  /** Leader in ISR; one leader per epoch; HW never down within a leadership; the strong ISR. */
  check(sim: SimState): void {
    for (const s of this.partitions(sim)) {
      const m = s.meta
      if (m.leader === null) continue
      if (!m.isr.includes(m.leader))
        this.violation(sim, 'LeaderInIsr', m.key, `leader ${m.leader}, ISR ${m.isr}`)
      if (m.leaderEpoch !== s.epoch || m.leader !== s.leader) {
        const was = s.leaders.get(m.leaderEpoch)
        if (was !== undefined && was !== m.leader)
          this.violation(
            sim,
            'OneLeaderPerEpoch',
            m.key,
            `epoch ${m.leaderEpoch}: ${was}, then ${m.leader}`,
          )
        s.leaders.set(m.leaderEpoch, m.leader)
        s.epoch = m.leaderEpoch
        s.leader = m.leader
        s.hw = -1
      }
      const br = sim.brokers[m.leader]
      const r = s.replicas.get(m.leader)
      if (br === undefined || br.status === 'offline' || r === undefined) continue
      if (r.role !== 'leader' || r.leaderEpoch !== m.leaderEpoch) continue
      // A leadership is an epoch held by one process: a restarted one rereads its HW checkpoint.
      if (br.incarnation !== s.inc) s.hw = -1
      s.inc = br.incarnation
      if (r.highWatermark < s.hw)
        this.violation(
          sim,
          'HwMonotonic',
          m.key,
          `epoch ${s.epoch}: HW ${s.hw} -> ${r.highWatermark}`,
        )
      s.hw = r.highWatermark
      if (this.strong) this.strongIsr(sim, s, r)
    }
    for (const s of this.list)
      for (const r of s.replicas.values()) {
        if (r.role !== 'leader' || sim.brokers[r.brokerId]?.status === 'offline') continue
        const was = s.leaders.get(r.leaderEpoch)
        if (was !== undefined && was !== r.brokerId)
          this.violation(
            sim,
            'OneLeaderPerEpoch',
            r.partition,
            `${r.brokerId} leads epoch ${r.leaderEpoch} of ${was}`,
          )
      }
  }

  /** Live ISR members reach the leader's HW and hold its records below it (checked incrementally). */
  private strongIsr(sim: SimState, s: PartState, leader: Replica): void {
    const { meta: m } = s
    const hw = leader.highWatermark
    for (const b of m.isr) {
      const br = sim.brokers[b]
      const r = s.replicas.get(b)
      if (b === m.leader || r === undefined || br === undefined || br.status === 'offline') continue
      if (r.log.logEndOffset < hw) {
        this.violation(
          sim,
          'HwAboveIsrLeo',
          m.key,
          `HW ${hw} above LEO ${r.log.logEndOffset} of ${b}`,
        )
        continue
      }
      const was = s.members.get(b)
      const fresh = { epoch: s.epoch, leaderInc: s.inc, inc: br.incarnation, upTo: 0 }
      const v =
        was?.epoch === s.epoch && was.leaderInc === s.inc && was.inc === br.incarnation
          ? was
          : fresh
      s.members.set(b, v)
      const from = Math.max(v.upTo, r.log.logStartOffset, leader.log.logStartOffset)
      const o = firstDifference(r.log, leader.log, from, hw)
      if (o !== null) {
        this.violation(sim, 'StrongIsr', m.key, `${b} differs from ${m.leader} at ${o} < HW ${hw}`)
        return
      }
      if (hw > v.upTo) v.upTo = hw
    }
  }
}

/** The first offset in [from, to) at which two logs hold different records, or null. */
export function firstDifference(
  a: ReplicaLog,
  b: ReplicaLog,
  from: number,
  to: number,
): number | null {
  for (let o = from; o < to; o++) if (recordIdAt(a, o) !== recordIdAt(b, o)) return o
  return null
}

/** The partition's leader as the controller names it, if it is up and acts as leader. */
export function liveLeader(sim: SimState, p: string): Replica | undefined {
  const m = sim.partitions[p]
  if (m === undefined || m.leader === null || sim.brokers[m.leader]?.status === 'offline')
    return undefined
  const r = sim.replicas[replicaKey(p, m.leader)]
  return r?.role === 'leader' ? r : undefined
}
