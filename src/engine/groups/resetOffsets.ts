// kafka-consumer-groups.sh --reset-offsets --execute: only for an inactive group (Empty), to the
// earliest or latest offset (log start, HW), an explicit offset within them, or the first offset
// at a timestamp; the new offsets are committed through the coordinator like any commit (records in
// __consumer_offsets, durable at the HW). Moving forward skips records for the group (counted);
// moving back makes it read them again. Simplified: no --shift-by, --by-duration or --dry-run.

import { type CommandResult, fail, OK } from '../commands'
import { type Ctx, emit } from '../ctx'
import type { SimState } from '../model'
import { partitionKey } from '../model'
import { actingLeader, groupEntry, leaderReplica, offsetsPartitionOf, touches } from './lookup'
import type { GroupEntry } from './model'
import { noteAdminReset } from './processRecords'
import { coordinatorReplica, storeOffsets } from './storeGroup'
import { offsetForTimestamp } from './updateFetchPositions'

export type ResetTarget = 'earliest' | 'latest' | { offset: number } | { timestamp: number }

export interface ResetCommand {
  readonly group: string
  readonly topic: string
  readonly to: ResetTarget
  readonly partition?: number
}

interface ResetPlan {
  result: CommandResult
  offsets: Record<string, number>
}

export function planReset(sim: SimState, cmd: ResetCommand): ResetPlan {
  const no = (message: string, field: string): ResetPlan => ({
    result: fail(message, field),
    offsets: {},
  })
  const g = groupEntry(sim, cmd.group)
  if (g === undefined) return no(`unknown group ${cmd.group}`, 'group')
  const t = sim.topics[cmd.topic]
  if (typeof cmd.topic !== 'string' || t === undefined)
    return no(`unknown topic ${String(cmd.topic)}`, 'topic')
  if (t.internal) return no(`${cmd.topic} is an internal topic`, 'topic')
  const to = cmd.to as unknown
  const okTarget =
    to === 'earliest' ||
    to === 'latest' ||
    (typeof to === 'object' &&
      to !== null &&
      (Number.isInteger((to as { offset?: unknown }).offset) ||
        Number.isInteger((to as { timestamp?: unknown }).timestamp)))
  if (!okTarget) return no('to must be earliest, latest, {offset: n} or {timestamp: t}', 'to')
  const parts: number[] = []
  if (cmd.partition !== undefined) {
    if (!Number.isInteger(cmd.partition) || cmd.partition < 0 || cmd.partition >= t.partitions)
      return no(`partition must be between 0 and ${t.partitions - 1}`, 'partition')
    parts.push(cmd.partition)
  } else for (let i = 0; i < t.partitions; i++) parts.push(i)
  const p = offsetsPartitionOf(sim, g.id)
  const coord = p === null ? undefined : actingLeader(sim, p)
  if (coord === undefined || g.coord.broker !== coord.brokerId)
    return no(
      `the coordinator of group ${g.id} is not available right now (COORDINATOR_NOT_AVAILABLE)`,
      'group',
    )
  if (g.coord.state !== 'Empty' && g.coord.state !== 'Dead')
    return no(
      `Assignments can only be reset if the group '${g.id}' is inactive, but the current state is ${g.coord.state}. Stop or remove its consumers and wait for the group to be Empty`,
      'group',
    )
  const offsets: Record<string, number> = {}
  for (const i of parts) {
    const key = partitionKey(cmd.topic, i)
    const r = leaderReplica(sim, key)
    if (r === undefined) return no(`${key} has no leader to read offsets from`, 'topic')
    const start = r.log.logStartOffset
    const end = r.highWatermark
    let o: number
    if (to === 'earliest') o = start
    else if (to === 'latest') o = end
    else if (Number.isInteger((to as { offset?: unknown }).offset)) {
      o = (to as { offset: number }).offset
      if (o > end) return no(`offset ${o} is beyond the log end of ${key} (${end})`, 'to')
      if (o < start) return no(`offset ${o} is before the log start of ${key} (${start})`, 'to')
    } else o = offsetForTimestamp(sim, r, (to as { timestamp: number }).timestamp)
    offsets[key] = Math.min(o, end)
  }
  return { result: OK, offsets }
}

/** Commits the planned offsets through the coordinator (the AdminClient's alterConsumerGroupOffsets). */
export function resetOffsets(ctx: Ctx, g: GroupEntry, cmd: ResetCommand): CommandResult {
  const plan = planReset(ctx.sim, cmd)
  if (!plan.result.ok) return plan.result
  const before: Record<string, number | undefined> = {}
  for (const p of Object.keys(plan.offsets)) before[p] = g.coord.offsets[p]
  const res = storeOffsets(ctx, g, plan.offsets, null)
  if (res !== 'NONE' || coordinatorReplica(ctx, g) === undefined)
    return fail(`the coordinator could not write the offsets (${res})`, 'group')
  for (const [p, o] of Object.entries(plan.offsets)) noteAdminReset(ctx, g, p, before[p], o)
  const to = cmd.to
  emit(ctx, {
    type: 'offsetsReset',
    group: g.id,
    topic: cmd.topic,
    offsets: plan.offsets,
    to:
      typeof to === 'string'
        ? to
        : 'offset' in to
          ? `offset ${to.offset}`
          : `timestamp ${to.timestamp}`,
    touches: touches(g.id),
  })
  return OK
}
