// An independent check of a finished run's records, for tests: it reads only the final logs and
// the record table, not the engine's own loss bookkeeping, so the two can be compared.

import { get } from '../chunks'
import { recordIdAt } from '../log/replicaLog'
import type { SimState } from '../model'
import { FATE, replicaKey } from '../model'

/** Acknowledged or committed records that the partition's leader does not hold at their offset. */
export function actuallyLost(sim: SimState): Set<number> {
  const lost = new Set<number>()
  for (let id = 0; id < sim.records.length; id++) {
    const f = get(sim.fate.flags, id) ?? 0
    if ((f & (FATE.ACKED | FATE.COMMITTED)) === 0) continue
    const rec = get(sim.records, id)
    if (rec === undefined || sim.topics[rec.topic]?.internal) continue
    const key = `${rec.topic}-${rec.partition}`
    const m = sim.partitions[key]
    const leader = m?.leader == null ? undefined : sim.replicas[replicaKey(key, m.leader)]
    if (leader === undefined) continue
    const off = get(sim.fate.offsets, id) ?? -1
    if (off < leader.log.logStartOffset) continue
    if (recordIdAt(leader.log, off) !== id) lost.add(id)
  }
  return lost
}

/** Acknowledged records (acks ≥ 1) the leader does not hold: the loss a producer would notice. */
export function ackedLost(sim: SimState): Set<number> {
  const out = new Set<number>()
  for (const id of actuallyLost(sim))
    if (((get(sim.fate.flags, id) ?? 0) & FATE.ACKED) !== 0) out.add(id)
  return out
}

/** Records the engine reported lost. */
export function reportedLost(sim: SimState): Set<number> {
  const out = new Set<number>()
  for (let id = 0; id < sim.records.length; id++) {
    if (((get(sim.fate.flags, id) ?? 0) & FATE.LOST) !== 0) out.add(id)
  }
  return out
}
