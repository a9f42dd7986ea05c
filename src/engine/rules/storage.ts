// Background storage tasks of a broker: the HW checkpoint (replication-offset-checkpoint, every
// replica.high.watermark.checkpoint.interval.ms), the OS writing dirty page cache to disk (Kafka
// leaves flushing to the OS; log.flush.interval.messages is Long.MAX_VALUE), and retention
// (UnifiedLog.deleteOldSegments every log.retention.check.interval.ms: whole segments only, never
// the active one, never above the HW, by retention.ms and retention.bytes), and on the same beat
// the log cleaner for the compacted offsets topic (logCleaner.ts).

import { type Ctx, emit, touchReplica } from '../ctx'
import { wakeConsumerFetches } from '../groups/parkedFetches'
import { truncateFromStart } from '../log/leaderEpochCache'
import { compactLog } from '../log/logCleaner'
import { deleteOldSegments } from '../log/replicaLog'
import { partitionConfig, replicasOnBroker } from '../lookup'
import type { BrokerId } from '../model'
import { schedule } from '../scheduler'
import { forgetDeletedOpenRecords, forgetDeletedRecords } from './forgetRecords'

function live(ctx: Ctx, b: BrokerId, inc: number): boolean {
  const br = ctx.sim.brokers[b]
  return br !== undefined && br.status !== 'offline' && br.incarnation === inc
}

export function checkpointHighWatermarks(ctx: Ctx, b: BrokerId, inc: number): void {
  if (!live(ctx, b, inc)) return
  for (const r of replicasOnBroker(ctx.sim, b)) r.hwCheckpoint = r.highWatermark
  schedule(ctx.sim, ctx.sim.config.broker.replicaHighWatermarkCheckpointIntervalMs, {
    kind: 'hwCheckpoint',
    broker: b,
    inc,
  })
}

export function flushPageCache(ctx: Ctx, b: BrokerId, inc: number): void {
  if (!live(ctx, b, inc)) return
  for (const r of replicasOnBroker(ctx.sim, b)) r.log.flushedOffset = r.log.logEndOffset
  schedule(ctx.sim, ctx.sim.config.broker.pageCacheFlushIntervalMs, {
    kind: 'pageFlush',
    broker: b,
    inc,
  })
}

export function enforceRetention(ctx: Ctx, b: BrokerId, inc: number): void {
  const { sim } = ctx
  if (!live(ctx, b, inc)) return
  for (const r of replicasOnBroker(sim, b)) {
    const cfg = partitionConfig(sim, r.partition)
    const deleted = deleteOldSegments(r.log, r.highWatermark, (seg, total) => {
      const byTime =
        cfg.retentionMs >= 0 &&
        seg.largestTimestamp >= 0 &&
        sim.tick - seg.largestTimestamp > cfg.retentionMs
      const bySize = cfg.retentionBytes >= 0 && total - seg.bytes >= cfg.retentionBytes
      return byTime || bySize
    })
    if (deleted > 0) {
      r.epochCache = truncateFromStart(r.epochCache, r.log.logStartOffset)
      forgetDeletedOpenRecords(sim, r.partition)
      wakeConsumerFetches(ctx, b, r.partition)
      emit(ctx, {
        type: 'segmentsDeleted',
        partition: r.partition,
        broker: b,
        count: deleted,
        logStartOffset: r.log.logStartOffset,
        touches: [touchReplica(r.partition, b)],
      })
    }
    // __consumer_offsets is compacted (cleanup.policy=compact), not deleted by time.
    if (sim.topics[sim.partitions[r.partition]?.topic ?? '']?.internal === true)
      compactLog(r.log, r.highWatermark, sim.config.broker.indexIntervalBytes)
  }
  forgetDeletedRecords(sim)
  schedule(sim, sim.config.broker.logRetentionCheckIntervalMs, {
    kind: 'retentionCheck',
    broker: b,
    inc,
  })
}
