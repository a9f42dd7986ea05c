// "Why is Kafka fast?": the reasons the study notes give, each tied to something the simulation
// shows right now. Pure: reads a view, returns numbers; the dialog words them.

import type { SimView } from '../../../engine/view'

export interface FastFacts {
  /** Produce requests in flight, the batches they carry and the records in those batches. */
  readonly produceRequests: number
  readonly produceBatches: number
  readonly produceRecords: number
  /** The producers' recently acknowledged batches and the records they held. */
  readonly ackedBatches: number
  readonly ackedRecords: number
  /** User partitions (not __consumer_offsets), the records appended to their leaders' logs. */
  readonly partitions: number
  readonly brokers: number
  readonly appended: number
  /** Records on live replicas that are written but not yet flushed from the page cache. */
  readonly unflushed: number
  readonly unflushedReplicas: number
  /** Fetch responses in flight that carry records (to followers and to consumers). */
  readonly fetchResponsesWithData: number
  readonly fetchedRecords: number
  /** Consumers in groups, and the consumer fetches (pulls) in flight. */
  readonly consumers: number
  readonly consumerFetches: number
}

export function fastFacts(view: SimView): FastFacts {
  let produceRequests = 0
  let produceBatches = 0
  let produceRecords = 0
  let fetchResponsesWithData = 0
  let fetchedRecords = 0
  let consumerFetches = 0
  for (const m of Object.values(view.messages)) {
    if (m.kind === 'produce') {
      produceRequests++
      // one batch per partition in a produce request
      produceBatches += m.partitions.length
      produceRecords += m.records
    } else if (m.kind === 'fetchResponse' || m.kind === 'consumerFetchResponse') {
      if (m.records > 0) {
        fetchResponsesWithData++
        fetchedRecords += m.records
      }
    } else if (m.kind === 'consumerFetch') consumerFetches++
  }
  let ackedBatches = 0
  let ackedRecords = 0
  for (const p of Object.values(view.producers))
    for (const b of p.recent)
      if (b.outcome === 'acked') {
        ackedBatches++
        ackedRecords += b.records
      }
  let partitions = 0
  let appended = 0
  for (const p of Object.values(view.partitions)) {
    if (view.topics[p.topic]?.internal === true) continue
    partitions++
    appended += p.logEndOffset
  }
  let unflushed = 0
  let unflushedReplicas = 0
  for (const r of Object.values(view.replicas)) {
    if (view.brokers[String(r.broker)]?.status === 'offline') continue
    const n = Math.max(0, r.leo - r.flushedOffset)
    if (n > 0) {
      unflushed += n
      unflushedReplicas++
    }
  }
  let consumers = 0
  for (const g of Object.values(view.groups.groups))
    consumers += g.members.filter((m) => m.state !== 'dead').length
  return {
    produceRequests,
    produceBatches,
    produceRecords,
    ackedBatches,
    ackedRecords,
    partitions,
    brokers: Object.values(view.brokers).filter((b) => b.status !== 'offline').length,
    appended,
    unflushed,
    unflushedReplicas,
    fetchResponsesWithData,
    fetchedRecords,
    consumers,
    consumerFetches,
  }
}
