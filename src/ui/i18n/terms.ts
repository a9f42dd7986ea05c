// One-line explanations of the Kafka terms on screen, for <Term id="hw">HW</Term>. Kafka's own
// words stay as the community uses them (ISR, HW, LEO, acks, min.insync.replicas, rebalance…);
// the Chinese text glosses them the first time, e.g. "HW（高水位）". The Chinese lines are in
// termsZh.ts, fetched with the Chinese catalog (catalog.ts loadLang); until then, English.

import type { Lang } from './catalog'

export const TERMS = {
  isr: 'ISR (in-sync replicas): the leader and the followers that caught up within replica.lag.time.max.ms. Only they count for acks=all and the HW, and only they may become leader (unclean election off).',
  osr: 'OSR (out-of-sync replicas): assigned replicas that are not in the ISR (AR − ISR). The HW no longer waits for them; one rejoins the ISR once it has caught up to the HW.',
  ar: 'AR (assigned replicas): every broker that should hold a copy of the partition, the preferred leader first. AR = ISR + OSR.',
  hw: 'HW (high watermark): offsets below it are on every ISR replica, so they are committed and consumers can read them.',
  leo: 'LEO (log end offset): the offset the next record written to this replica will get (the last offset + 1).',
  leaderEpoch:
    'Leader epoch: a number the controller raises at every leader change. Records carry the epoch that wrote them, so a follower can find where its log diverges from the new leader (KIP-101).',
  acks: 'acks: how many replicas must have a record before the producer hears “written”: 0 none, 1 the leader, all the whole current ISR (at least min.insync.replicas). With the ISR down to the leader alone, all is no safer than 1.',
  minIsr:
    'min.insync.replicas: with acks=all, the smallest ISR the leader accepts writes with; below it a produce fails with NOT_ENOUGH_REPLICAS.',
  generation:
    'Generation: the consumer group’s epoch, raised by every rebalance. Commits and heartbeats from an older generation are rejected.',
  lag: 'Lag: records of a partition the group has not committed yet: the log end (HW) minus the committed offset, as kafka-consumer-groups.sh shows it.',
  committedOffset:
    'Committed offset: the next offset the group reads after a restart or a rebalance (the last processed offset + 1), stored in __consumer_offsets.',
  position:
    'Position: the next offset this consumer fetches. It runs ahead of the committed offset until the next commit.',
  committed:
    'Committed record: below the HW, so copied to every ISR replica and readable by consumers. With acks=all the producer is told only then.',
  controller:
    'Controller: the active KRaft controller. It tracks live brokers by their heartbeats, elects partition leaders and records every ISR change. Before KRaft, ZooKeeper chose the controller and held this metadata.',
  fenced:
    'Fenced: the controller no longer counts this broker as alive (no heartbeat within broker.session.timeout.ms): it leaves every ISR and may not lead.',
  idempotence:
    'Idempotence (enable.idempotence): the producer numbers its batches, so a leader drops a retried batch it already has: retries add no duplicates. Needs acks=all.',
  rebalance:
    'Rebalance: the group hands out its partitions again when a member joins, leaves or fails. Eager: everyone stops first; cooperative: only the partitions that move stop.',
  assignor:
    'Assignor (partition.assignment.strategy): the algorithm the group leader runs to decide which consumer reads which partition: range, roundrobin, sticky, cooperative-sticky.',
  coordinator:
    'Group coordinator: the broker leading the group’s partition of __consumer_offsets. It handles the group’s joins, heartbeats and commits.',
  leader:
    'Leader: the one replica of a partition that takes writes and serves reads; the followers copy from it.',
  follower:
    'Follower: a replica that copies the leader by fetching. The offset it fetches from is its acknowledgement: there is no separate ack.',
  fetch:
    'Fetch: a follower asks the leader for records from its LEO on. That fetch offset is its acknowledgement, and the response brings the leader’s HW back.',
  offline:
    'Offline partition: no live ISR replica can lead it. With unclean election off, any single ISR replica coming back is enough to bring it online.',
  unclean:
    'unclean.leader.election.enable: off (the default), only an ISR replica may lead, so the partition waits for any one of them to return; on, an out-of-sync replica may lead and acknowledged records can be lost.',
  underReplicated:
    'Under-replicated: fewer replicas in the ISR than assigned (ISR < AR): one more failure gives less protection.',
  replica:
    'Replica: one copy of a partition’s log on one broker. One replica leads; the others follow.',
  partition:
    'Partition: an ordered, append-only log. A topic is split into partitions; each has its own leader, replicas, offsets and HW. Order holds only within a partition (records with one key share a partition); offsets are 64-bit numbers.',
  log: 'Partition log: the records of one partition in offset order, as each replica stores them in segment files.',
  cluster:
    'Cluster: the brokers and the KRaft controller that manages them; here the controller runs on one of the brokers (combined mode).',
  producer:
    'Producer: the client that writes records. It picks the partition (murmur2 of the key; without a key, sticky: round robin was the rule only before Kafka 2.4) and sends batches to the partition leaders.',
  consumerGroup:
    'Consumer group: consumers sharing a group.id. Each partition goes to one member at a time; the group commits how far it got.',
  truncation:
    'Truncation: after a leader change a follower cuts the records the new leader does not have, so every replica holds the same log.',
  election:
    'Leader election: the controller picks the first live ISR replica in assignment order as the new leader and raises the leader epoch. Not a majority vote: the ISR survives f failures with f+1 replicas, where a quorum needs 2f+1.',
} as const satisfies Readonly<Record<string, string>>

export type TermId = keyof typeof TERMS

export const TERM_IDS = Object.keys(TERMS) as TermId[]

let zhTerms: Readonly<Record<TermId, string>> | null = null

/** Called by catalog.ts once the Chinese lines are here. */
export function setZhTerms(terms: Readonly<Record<TermId, string>>): void {
  zhTerms = terms
}

/** The one-line explanation of a term in `lang`. */
export function termText(id: TermId, lang: Lang): string {
  return (lang === 'zh' ? zhTerms?.[id] : undefined) ?? TERMS[id]
}

/** Settings whose row in the config panel explains a term (by Kafka's name). */
export const SETTING_TERMS: Readonly<Record<string, TermId>> = {
  'min.insync.replicas': 'minIsr',
  'unclean.leader.election.enable': 'unclean',
  acks: 'acks',
  'enable.idempotence': 'idempotence',
  'partition.assignment.strategy': 'assignor',
}
