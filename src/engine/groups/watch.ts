// The coordinators' watch: a group's coordinator follows the leader of its __consumer_offsets
// partition, and its parked stores (offset commits, SyncGroup, static member replacements) wait for
// that partition's HW, a deadline or a leader change. The watch runs GROUP_WATCH_MS after something
// asks for it: a group is created, a store is parked, an offsets partition's metadata changes, a
// broker stops, starts or is cut off; and every GROUP_WATCH_MS while a store is parked (for its
// deadline). When an offsets partition's HW advances, the stores parked on it are completed in
// the same tick instead (DelayedProduce completes as the HW moves), for the groups on that
// partition only. A quiet group so costs no timers, instead of one every GROUP_WATCH_MS.

import type { SimState } from '../model'
import { schedule } from '../scheduler'
import { OFFSETS_TOPIC } from './config'
import { offsetsPartitionOf } from './lookup'
import type { GroupEntry } from './model'

export const GROUP_WATCH_MS = 10

/** Runs the watch `delay` ms from now, unless it is due by then already. */
export function watchGroups(sim: SimState, delay = GROUP_WATCH_MS): void {
  const at = sim.tick + delay
  const due = sim.groups.watchAt
  if (due >= 0 && due <= at) return
  // A watch due later is replaced: its timer finds watchAt changed and does nothing.
  sim.groups.watchAt = at
  schedule(sim, delay, { kind: 'group', group: '*', action: 'watch', gen: at })
}

/** Whether a watch timer is the one due (not one that was replaced). */
export function takeWatch(sim: SimState, gen: number): boolean {
  if (sim.groups.watchAt !== gen) return false
  sim.groups.watchAt = -1
  return true
}

/**
 * An offsets partition's HW moved: each group parked on it completes its stores later in this tick
 * (after the handler that moved the HW), by a timer of its own.
 */
export function offsetsHighWatermarkMoved(sim: SimState, partition: string): void {
  for (const id in sim.groups.groups) {
    const g = sim.groups.groups[id] as GroupEntry
    if (hasParkedStores(g) && offsetsPartitionOf(sim, id) === partition)
      schedule(sim, 0, { kind: 'group', group: id, action: 'completeStores', gen: 0 })
  }
}

/** A partition of the offsets topic: its leader is a coordinator. */
export function isOffsetsPartition(partition: string): boolean {
  return partition.startsWith(OFFSETS_TOPIC) && partition.charCodeAt(OFFSETS_TOPIC.length) === 45
}

/** Whether a store of the group waits for its offsets partition (the watch must come again). */
export function hasParkedStores(g: GroupEntry): boolean {
  const c = g.coord
  return c.syncStore !== null || hasKeys(c.appends) || hasKeys(c.staticStores)
}

function hasKeys(o: object): boolean {
  for (const k in o) if (Object.hasOwn(o, k)) return true
  return false
}
