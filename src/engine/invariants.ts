// Invariants the model must keep, checked after every step in tests (and usable in dev builds):
// the leader is in the ISR (TLA+ LeaderInIsr); every member of the committed ISR holds the same
// records as the leader below the leader's HW (TLA+ StrongIsr — with leader-epoch truncation and
// no power failure); the leader's HW never exceeds an ISR member's LEO.

import { recordIdAt } from './log/replicaLog'
import type { SimState } from './model'
import { replicaKey } from './model'

export interface Violation {
  readonly rule: 'LeaderInIsr' | 'StrongIsr' | 'HwAboveIsrLeo'
  readonly partition: string
  readonly detail: string
}

export function checkInvariants(sim: SimState): Violation[] {
  const out: Violation[] = []
  for (const [key, m] of Object.entries(sim.partitions)) {
    if (m.leader === null) continue
    if (!m.isr.includes(m.leader))
      out.push({
        rule: 'LeaderInIsr',
        partition: key,
        detail: `leader ${m.leader} not in ISR ${m.isr}`,
      })
    const leader = sim.replicas[replicaKey(key, m.leader)]
    if (leader === undefined || leader.role !== 'leader' || leader.leaderEpoch !== m.leaderEpoch)
      continue
    if (sim.brokers[m.leader]?.status === 'offline') continue
    const hw = leader.highWatermark
    for (const b of m.isr) {
      if (b === m.leader) continue
      const r = sim.replicas[replicaKey(key, b)]
      // A dead member not yet fenced may have lost its page cache; the rules hold for live ones.
      if (r === undefined || sim.brokers[b]?.status === 'offline') continue
      if (r.log.logEndOffset < hw) {
        out.push({
          rule: 'HwAboveIsrLeo',
          partition: key,
          detail: `HW ${hw} above LEO ${r.log.logEndOffset} of ISR member ${b}`,
        })
        continue
      }
      for (let o = Math.max(r.log.logStartOffset, leader.log.logStartOffset); o < hw; o++) {
        if (recordIdAt(r.log, o) !== recordIdAt(leader.log, o)) {
          out.push({
            rule: 'StrongIsr',
            partition: key,
            detail: `broker ${b} differs from leader ${m.leader} at offset ${o} below HW ${hw}`,
          })
          break
        }
      }
    }
  }
  return out
}
