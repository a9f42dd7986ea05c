// What the timeline's checkpoints may cost, and how far apart they start (timeline.ts keeps them;
// clone.ts counts what each copies; heldHistory.ts what only they still hold).

import type { PartialClusterConfig } from './config'

export const DEFAULT_CHECKPOINT_INTERVAL = 2000

/**
 * What the checkpoints may cost together, in slots of the copies they made (clone.ts: object keys
 * and array elements not shared with the previous checkpoint) and of the deleted records only they
 * hold. Past it, older checkpoints are thinned out (`Timeline.thin`). Measured in Node after an hour,
 * checkpoints take about 25–27 bytes a counted slot in bench-classroom and bench-stress alike: at
 * this budget about 90 MB, which keeps bench-stress's heap where it was before rolled segments and
 * the active segment's indexes were shared (replicaLog.ts) while bench-classroom keeps ~395
 * checkpoints instead of ~350.
 */
export const CHECKPOINT_BUDGET_SLOTS = 3_300_000
/** The latest checkpoints are never thinned: seeks near the live edge replay at most an interval. */
export const RECENT_CHECKPOINTS = 8
/**
 * What a record the live state no longer holds costs while a checkpoint still does, in slots: its
 * data in the record table, its batch, and the slots for it in the record and replica chunks.
 * Checkpoints share the append-only chunks as they were (chunks.ts); once retention deletes
 * records from the live state, only the checkpoints made while the records lived keep them, and
 * evenly spaced checkpoints would together keep every record of the run. Measured in Node on
 * bench-classroom after an hour: a held record costs about as much as 12 of the slots clone.ts
 * counts (its data, its batch, three replicas' slots: ~280 bytes against ~24 a slot).
 */
export const SLOTS_PER_HELD_RECORD = 12

/**
 * The checkpoint interval for a cluster of this size: the default for a classroom cluster, doubled
 * for every doubling of the replicas beyond 64 (a checkpoint costs memory in proportion to the
 * replicas, consumers and messages in flight; a seek replays at most one interval).
 */
export function checkpointIntervalFor(config: PartialClusterConfig): number {
  let replicas = 0
  for (const t of config.topics ?? []) replicas += t.partitions * t.replicationFactor
  let k = DEFAULT_CHECKPOINT_INTERVAL
  for (let r = replicas; r > 64 && k < 32_000; r /= 2) k *= 2
  return k
}
