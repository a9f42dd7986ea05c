// The partition in focus, for the log view: a window of offsets on every replica (record, epoch,
// committed / lost / duplicated), each replica's segments with their sparse index, and its leader
// epoch cache. Cells are found by binary search, so a long log costs what the window shows.

import { get } from './chunks'
import { batchIndexFrom, indexEntries, segmentFileName, segmentsOf } from './log/replicaLog'
import type { Batch, Replica, SimState } from './model'
import { FATE, replicaKey } from './model'
import type { CellView, Focus, FocusView } from './view'

function cellsOf(sim: SimState, r: Replica, from: number, to: number): CellView[] {
  const out: CellView[] = []
  const start = Math.max(from, r.log.logStartOffset)
  const end = Math.min(to, r.log.logEndOffset)
  const leader = sim.partitions[r.partition]?.leader
  const leaderHw =
    leader === null || leader === undefined
      ? r.highWatermark
      : (sim.replicas[replicaKey(r.partition, leader)]?.highWatermark ?? r.highWatermark)
  for (let i = batchIndexFrom(r.log, start); i < r.log.batches.length; i++) {
    const b = get(r.log.batches, i) as Batch
    if (b.baseOffset + b.count <= start) continue
    if (b.baseOffset >= end) break
    for (let k = 0; k < b.count; k++) {
      const offset = b.baseOffset + k
      if (offset < start || offset >= end) continue
      const inline = b.records?.[k]
      const id =
        inline !== undefined
          ? -1
          : b.recordIds === null
            ? b.firstRecordId + k
            : (b.recordIds[k] as number)
      const data = inline === undefined ? get(sim.records, id) : undefined
      const rec = inline ?? data
      // An internal record has no fate: it is committed once below the leader's HW.
      const f =
        inline !== undefined
          ? offset < leaderHw
            ? FATE.COMMITTED
            : 0
          : (get(sim.fate.flags, id) ?? 0)
      out.push({
        offset,
        epoch: b.epoch,
        key: rec?.key ?? null,
        value: rec?.value ?? '',
        recordId: id,
        timestamp: data?.timestamp ?? b.maxTimestamp,
        committed: (f & FATE.COMMITTED) !== 0,
        lost: (f & FATE.LOST) !== 0,
        duplicated: (f & FATE.DUPLICATED) !== 0,
      })
    }
  }
  return out
}

export function buildFocus(sim: SimState, focus: Focus | null): FocusView | null {
  if (focus === null) return null
  const meta = sim.partitions[focus.partition]
  if (meta === undefined) return null
  let maxLeo = 0
  for (const b of meta.replicas)
    maxLeo = Math.max(maxLeo, sim.replicas[replicaKey(meta.key, b)]?.log.logEndOffset ?? 0)
  const size = Math.max(1, Math.min(200, focus.size))
  const from = focus.from ?? Math.max(0, maxLeo - size + 1)
  const to = from + size
  return {
    partition: meta.key,
    from,
    to,
    replicas: meta.replicas.map((b) => {
      const r = sim.replicas[replicaKey(meta.key, b)] as Replica
      return {
        broker: b,
        cells: cellsOf(sim, r, from, to),
        leo: r.log.logEndOffset,
        hw: r.highWatermark,
        logStartOffset: r.log.logStartOffset,
        flushedOffset: r.log.flushedOffset,
        segments: segmentsOf(r.log).map((s) => ({
          baseOffset: s.baseOffset,
          fileName: segmentFileName(s.baseOffset, '.log'),
          bytes: s.bytes,
          index: indexEntries(s),
        })),
        epochCache: r.epochCache,
      }
    }),
  }
}
