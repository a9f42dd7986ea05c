// The application thread: poll() (metadata refresh every metadata.max.age.ms, rebalance steps,
// auto-commit of earlier positions after auto.commit.interval.ms, positions for new partitions, up
// to max.poll.records buffered records, next fetches), processing for processingMs per record, the
// commit policy, poll() again. Stuck (paused) threads stop polling; close() finishes the batch,
// commits if auto and leaves. Simplified: the application catches commit errors and goes on.

import { type Ctx, emit } from '../ctx'
import { partitionKey } from '../model'
import { schedule } from '../scheduler'
import { requestPoll, requestRejoin, sendLeaveGroup } from './client'
import { commitAsync, positionsOf, startSyncCommit } from './commitOffsets'
import { ensureActiveGroup } from './ensureActiveGroup'
import { lookupCoordinator } from './findCoordinator'
import { groupEntry, nextSeq, touches } from './lookup'
import type { Consumer, GroupEntry, PolledRecord, SyncCommit } from './model'
import { markProcessed, processedSoFar } from './processRecords'
import { sendFetches } from './sendFetches'
import { updateFetchPositions } from './updateFetchPositions'

/** The consumer's metadata: partition counts of its topics and their leaders, now. */
export function refreshMetadata(ctx: Ctx, g: GroupEntry, c: Consumer, announce: boolean): void {
  const { sim } = ctx
  for (const t of g.topics) {
    const n = sim.topics[t]?.partitions ?? 0
    const before = c.partitionCounts[t]
    if (announce && before !== undefined && n > before) {
      emit(ctx, {
        type: 'consumerSawNewPartitions',
        group: g.id,
        clientId: c.clientId,
        topic: t,
        from: before,
        to: n,
        touches: touches(g.id, c.clientId),
      })
    }
    c.partitionCounts[t] = n
    for (let i = 0; i < n; i++) {
      const key = partitionKey(t, i)
      const meta = sim.partitions[key]
      c.leaders[key] = meta?.leader ?? null
      c.leaderEpochs[key] = meta?.leaderEpoch ?? -1
    }
  }
  c.metadataAt = sim.tick
  c.needMetadata = false
  const snap = c.assignmentSnapshot
  if (
    c.isLeader &&
    snap !== null &&
    g.topics.some((t) => (snap[t] ?? 0) !== (c.partitionCounts[t] ?? 0))
  )
    requestRejoin(ctx, c, 'the leader saw the subscribed topics change (partition count)')
}

function drain(c: Consumer, max: number): PolledRecord[] {
  const out: PolledRecord[] = []
  for (const p of c.assigned) {
    const buf = c.buffer[p]
    if (buf === undefined || buf.length === 0) continue
    const take = buf.splice(0, max - out.length)
    for (const r of take) out.push({ partition: p, offset: r.offset, id: r.id })
    const last = take[take.length - 1]
    if (last !== undefined) c.positions[p] = last.offset + 1
    if (out.length >= max) break
  }
  return out
}

/** KafkaConsumer.poll(), called by the application. */
export function poll(ctx: Ctx, c: Consumer): void {
  const { sim } = ctx
  const g = groupEntry(sim, c.group)
  if (g === undefined || c.status !== 'running') return
  if (c.closing) {
    beginClose(ctx, g, c)
    return
  }
  if (c.paused) {
    c.app = 'paused'
    return
  }
  c.app = 'polling'
  c.lastPoll = sim.tick
  if (c.needMetadata || sim.tick - c.metadataAt >= g.config.metadataMaxAgeMs)
    refreshMetadata(ctx, g, c, true)
  if (c.coordinator === null) lookupCoordinator(ctx, c)
  c.leftGroup = false
  if (!ensureActiveGroup(ctx, g, c)) return
  const auto = g.commitPolicy === 'auto'
  if (auto && c.joinState === 'stable' && sim.tick >= c.nextAutoCommit) {
    if (c.coordinator === null) c.nextAutoCommit = sim.tick + g.config.retryBackoffMs
    else {
      c.nextAutoCommit = sim.tick + g.config.autoCommitIntervalMs
      commitAsync(ctx, c, positionsOf(c), true)
    }
  }
  updateFetchPositions(ctx, c)
  const records = drain(c, g.config.maxPollRecords)
  sendFetches(ctx, c)
  if (records.length === 0) {
    let wake = c.metadataAt + g.config.metadataMaxAgeMs
    if (auto && c.joinState === 'stable') wake = Math.min(wake, c.nextAutoCommit)
    if (c.needMetadata) wake = Math.min(wake, sim.tick + g.config.retryBackoffMs)
    requestPoll(ctx, c, Math.max(1, wake - sim.tick))
    return
  }
  c.batch = { records, perRecordMs: g.processingMs, elapsed: 0, runStart: null, seq: nextSeq(sim) }
  if (g.commitPolicy === 'before-processing') {
    if (startSyncCommit(ctx, c, positionsOf(c), 'sync', 'process')) return
  }
  startProcessing(ctx, c)
}

/**
 * An answered fetch while the application waits in poll(): KafkaConsumer.poll's loop goes round
 * again at once (the same tick, before the other events due now), unless a poll() is already due
 * at this tick. Running it here rather than from a timer also keeps the pending wake-up (metadata
 * age, auto-commit) as it is instead of replacing it on every empty answer.
 */
export function pollAgain(ctx: Ctx, c: Consumer): void {
  if (c.status !== 'running' || c.app !== 'polling' || c.pollAt === ctx.sim.tick) return
  poll(ctx, c)
}

function startProcessing(ctx: Ctx, c: Consumer): void {
  const b = c.batch
  if (b === null) return
  c.app = 'processing'
  b.runStart = ctx.sim.tick
  const remaining = Math.max(0, b.records.length * b.perRecordMs - b.elapsed)
  schedule(ctx.sim, remaining, {
    kind: 'group',
    group: c.group,
    action: 'processed',
    member: c.clientId,
    gen: b.seq,
  })
}

/** The batch is processed: record fate, then the commit policy, then poll() again. */
export function handleProcessed(ctx: Ctx, c: Consumer, seq: number): void {
  const g = groupEntry(ctx.sim, c.group)
  const b = c.batch
  if (
    g === undefined ||
    c.status !== 'running' ||
    b === null ||
    b.seq !== seq ||
    b.runStart === null
  )
    return
  c.batch = null
  markProcessed(ctx, g, c.clientId, b.records)
  if (g.commitPolicy === 'after-processing') {
    if (startSyncCommit(ctx, c, positionsOf(c), 'sync', 'poll')) return
  }
  poll(ctx, c)
}

/** The application resumes after the commit it waited for. */
export function continueAfterCommit(ctx: Ctx, c: Consumer, then: SyncCommit['then']): void {
  const g = groupEntry(ctx.sim, c.group)
  if (g === undefined || c.status !== 'running') return
  if (then === 'close') {
    finishClose(ctx, g, c)
    return
  }
  if (then === 'process' && c.batch !== null) {
    if (c.paused) {
      c.app = 'paused'
      return
    }
    startProcessing(ctx, c)
    return
  }
  c.app = 'polling'
  poll(ctx, c)
}

export function setPaused(ctx: Ctx, c: Consumer, paused: boolean): void {
  c.paused = paused
  emit(ctx, {
    type: 'consumerPaused',
    group: c.group,
    clientId: c.clientId,
    paused,
    touches: touches(c.group, c.clientId),
  })
  const b = c.batch
  if (paused) {
    if (c.app === 'processing' && b !== null && b.runStart !== null) {
      b.elapsed += ctx.sim.tick - b.runStart
      b.runStart = null
      c.app = 'paused'
    } else if (c.app === 'polling') c.app = 'paused'
    return
  }
  if (c.app !== 'paused') return
  if (b !== null) {
    c.batch = { ...b, seq: nextSeq(ctx.sim) }
    startProcessing(ctx, c)
  } else poll(ctx, c)
}

/** The process dies: what was processed counts, nothing is committed, nobody is told. */
export function crashConsumer(ctx: Ctx, c: Consumer): void {
  const g = groupEntry(ctx.sim, c.group)
  if (g === undefined) return
  const b = c.batch
  let unprocessed = 0
  // Where processing got to on each owned partition: the position, less the batch's rest.
  const processedTo: Record<string, number> = {}
  for (const p of c.assigned) {
    const pos = c.positions[p]
    if (pos !== undefined) processedTo[p] = pos
  }
  if (b !== null) {
    const done = processedSoFar(b, ctx.sim.tick)
    markProcessed(ctx, g, c.clientId, b.records.slice(0, done))
    unprocessed = b.records.length - done
    for (const r of b.records.slice(done))
      processedTo[r.partition] = Math.min(processedTo[r.partition] ?? r.offset, r.offset)
  }
  // Processed but past the group's committed offset: the next owner processes them again.
  let uncommitted = 0
  for (const [p, to] of Object.entries(processedTo)) {
    const committed = g.coord.offsets[p]
    if (committed !== undefined && to > committed) uncommitted += to - committed
  }
  c.status = 'crashed'
  c.app = 'stopped'
  c.batch = null
  c.syncCommit = null
  emit(ctx, {
    type: 'consumerCrashed',
    group: c.group,
    clientId: c.clientId,
    unprocessed,
    uncommitted,
    touches: touches(c.group, c.clientId),
  })
}

/** KafkaConsumer.close(): after the current batch; commits if auto, then LeaveGroup. */
export function closeConsumer(ctx: Ctx, c: Consumer): void {
  c.closing = true
  if (c.paused) setPaused(ctx, c, false)
  if (c.app === 'polling' || c.app === 'paused') poll(ctx, c)
}

function beginClose(ctx: Ctx, g: GroupEntry, c: Consumer): void {
  c.app = 'polling'
  if (g.commitPolicy === 'auto' && c.joinState === 'stable') {
    if (startSyncCommit(ctx, c, positionsOf(c), 'close', 'close')) return
  }
  finishClose(ctx, g, c)
}

function finishClose(ctx: Ctx, g: GroupEntry, c: Consumer): void {
  if (c.assigned.length > 0) {
    emit(ctx, {
      type: 'partitionsRevoked',
      group: g.id,
      clientId: c.clientId,
      partitions: c.assigned.slice(),
      protocol: g.strategy.every((s) => s === 'cooperative-sticky') ? 'cooperative' : 'eager',
      touches: touches(g.id, c.clientId),
    })
  }
  if (c.groupInstanceId === null && (c.generation >= 0 || c.joinState !== 'unjoined'))
    sendLeaveGroup(ctx, c, 'the consumer is being closed')
  if (c.groupInstanceId === null) c.assigned = []
  c.status = 'closed'
  c.app = 'stopped'
  c.batch = null
  emit(ctx, {
    type: 'consumerClosed',
    group: g.id,
    clientId: c.clientId,
    touches: touches(g.id, c.clientId),
  })
}
