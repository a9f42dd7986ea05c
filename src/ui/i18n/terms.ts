// One-line explanations of the Kafka terms on screen, for <Term id="hw">HW</Term>. Kafka's own
// words stay as the community uses them (ISR, HW, LEO, acks, min.insync.replicas, rebalance…);
// the Chinese text glosses them the first time, e.g. "HW（高水位）".

import type { Lang } from './catalog'

export const TERMS = {
  isr: {
    en: 'ISR (in-sync replicas): the leader and the followers that caught up within replica.lag.time.max.ms. Only they count for acks=all and the HW, and only they may become leader (unclean election off).',
    zh: 'ISR（同步副本集）：leader 加上在 replica.lag.time.max.ms 内追上它的 follower。只有它们计入 acks=all 和 HW，也只有它们能当选 leader（关闭 unclean 选举时）。',
  },
  osr: {
    en: 'OSR (out-of-sync replicas): assigned replicas that are not in the ISR (AR − ISR). The HW no longer waits for them; one rejoins the ISR once it has caught up to the HW.',
    zh: 'OSR（失步副本）：不在 ISR 中的已分配副本（AR − ISR）。HW 不再等它们；副本追上 HW 后重新加入 ISR。',
  },
  ar: {
    en: 'AR (assigned replicas): every broker that should hold a copy of the partition, the preferred leader first. AR = ISR + OSR.',
    zh: 'AR（分配副本集）：应当保存该分区副本的所有 broker，第一个是首选 leader。AR = ISR + OSR。',
  },
  hw: {
    en: 'HW (high watermark): offsets below it are on every ISR replica, so they are committed and consumers can read them.',
    zh: 'HW（高水位）：低于它的位移已在 ISR 的每个副本上，即已提交，消费者可以读取。',
  },
  leo: {
    en: 'LEO (log end offset): the offset the next record written to this replica will get (the last offset + 1).',
    zh: 'LEO（日志末端位移）：下一条写入该副本的记录将得到的位移（最后一条的位移 + 1）。',
  },
  leaderEpoch: {
    en: 'Leader epoch: a number the controller raises at every leader change. Records carry the epoch that wrote them, so a follower can find where its log diverges from the new leader (KIP-101).',
    zh: 'leader epoch（leader 纪元）：每次更换 leader 时控制器把它加一。记录带着写入它的纪元，follower 据此找到自己与新 leader 日志的分叉点（KIP-101）。',
  },
  acks: {
    en: 'acks: how many replicas must have a record before the producer hears “written”: 0 none, 1 the leader, all the whole current ISR (at least min.insync.replicas).',
    zh: 'acks（确认级别）：生产者得到“写入成功”之前需要多少副本拥有这条记录：0 不等待，1 leader 已写入，all 当前整个 ISR（至少 min.insync.replicas 个）。',
  },
  minIsr: {
    en: 'min.insync.replicas: with acks=all, the smallest ISR the leader accepts writes with; below it a produce fails with NOT_ENOUGH_REPLICAS.',
    zh: 'min.insync.replicas（最小同步副本数）：acks=all 时 leader 接受写入所需的最小 ISR 大小；不足时写入失败，返回 NOT_ENOUGH_REPLICAS。',
  },
  generation: {
    en: 'Generation: the consumer group’s epoch, raised by every rebalance. Commits and heartbeats from an older generation are rejected.',
    zh: 'generation（代）：消费者组的纪元，每次 rebalance 加一。来自旧代的提交和心跳会被拒绝。',
  },
  lag: {
    en: 'Lag: records of a partition the group has not committed yet: the log end (HW) minus the committed offset, as kafka-consumer-groups.sh shows it.',
    zh: 'lag（消费滞后）：组在该分区上尚未提交的记录数：日志末端（HW）减去已提交位移，与 kafka-consumer-groups.sh 相同。',
  },
  committedOffset: {
    en: 'Committed offset: the next offset the group reads after a restart or a rebalance (the last processed offset + 1), stored in __consumer_offsets.',
    zh: '已提交位移（committed offset）：重启或 rebalance 之后组要读取的下一个位移（最后处理的位移 + 1），保存在 __consumer_offsets 中。',
  },
  position: {
    en: 'Position: the next offset this consumer fetches. It runs ahead of the committed offset until the next commit.',
    zh: 'position（消费位置）：该消费者下一次拉取的位移。在下一次提交之前，它领先于已提交位移。',
  },
  committed: {
    en: 'Committed record: below the HW, so copied to every ISR replica and readable by consumers. With acks=all the producer is told only then.',
    zh: '已提交的记录：位于 HW 之下，已复制到 ISR 的每个副本，消费者可以读取。acks=all 时生产者在此时才得到确认。',
  },
  controller: {
    en: 'Controller: the active KRaft controller. It tracks live brokers by their heartbeats, elects partition leaders and records every ISR change.',
    zh: 'controller（控制器）：活跃的 KRaft 控制器。它通过心跳掌握存活的 broker，选举分区 leader，并记录每一次 ISR 变化。',
  },
  fenced: {
    en: 'Fenced: the controller no longer counts this broker as alive (no heartbeat within broker.session.timeout.ms): it leaves every ISR and may not lead.',
    zh: 'fenced（被隔离）：控制器在 broker.session.timeout.ms 内没有收到心跳，不再认为该 broker 存活：它离开所有 ISR，也不能当 leader。',
  },
  idempotence: {
    en: 'Idempotence (enable.idempotence): the producer numbers its batches, so a leader drops a retried batch it already has: retries add no duplicates. Needs acks=all.',
    zh: '幂等（enable.idempotence）：生产者给批次编号，leader 丢弃已经有的重试批次：重试不再产生重复。需要 acks=all。',
  },
  rebalance: {
    en: 'Rebalance: the group hands out its partitions again when a member joins, leaves or fails. Eager: everyone stops first; cooperative: only the partitions that move stop.',
    zh: 'rebalance（再平衡）：成员加入、离开或失败时，组重新分配分区。eager：所有成员先停下；cooperative：只有要移动的分区停下。',
  },
  assignor: {
    en: 'Assignor (partition.assignment.strategy): the algorithm the group leader runs to decide which consumer reads which partition: range, roundrobin, sticky, cooperative-sticky.',
    zh: 'assignor（分区分配策略，partition.assignment.strategy）：组 leader 用来决定哪个消费者读哪个分区的算法：range、roundrobin、sticky、cooperative-sticky。',
  },
  coordinator: {
    en: 'Group coordinator: the broker leading the group’s partition of __consumer_offsets. It handles the group’s joins, heartbeats and commits.',
    zh: '组协调者（group coordinator）：该组所在 __consumer_offsets 分区的 leader 所在的 broker，负责组的加入、心跳和提交。',
  },
  leader: {
    en: 'Leader: the one replica of a partition that takes writes and serves reads; the followers copy from it.',
    zh: 'leader（主副本）：分区中唯一接受写入并提供读取的副本；follower 从它复制。',
  },
  follower: {
    en: 'Follower: a replica that copies the leader by fetching. The offset it fetches from is its acknowledgement: there is no separate ack.',
    zh: 'follower（从副本）：通过 fetch 从 leader 复制数据的副本。它请求的 fetch 位移就是它的确认：没有单独的 ack。',
  },
  fetch: {
    en: 'Fetch: a follower asks the leader for records from its LEO on. That fetch offset is its acknowledgement, and the response brings the leader’s HW back.',
    zh: 'fetch（拉取）：follower 从自己的 LEO 起向 leader 请求记录。这个 fetch 位移就是它的确认，响应带回 leader 的 HW。',
  },
  offline: {
    en: 'Offline partition: no live ISR replica can lead it. With unclean election off, any single ISR replica coming back is enough to bring it online.',
    zh: '离线分区：没有存活的 ISR 副本可以当 leader。关闭 unclean 选举时，只要任意一个 ISR 副本恢复，分区就能重新上线。',
  },
  unclean: {
    en: 'unclean.leader.election.enable: off (the default), only an ISR replica may lead, so the partition waits for any one of them to return; on, an out-of-sync replica may lead and acknowledged records can be lost.',
    zh: 'unclean.leader.election.enable（非干净选举）：关闭（默认）时只有 ISR 副本能当 leader，分区等待其中任意一个恢复；开启时失步副本也能当 leader，已确认的记录可能丢失。',
  },
  underReplicated: {
    en: 'Under-replicated: fewer replicas in the ISR than assigned (ISR < AR): one more failure gives less protection.',
    zh: '副本不足（under-replicated）：ISR 中的副本少于分配的副本（ISR < AR）：再坏一台，保护就更少。',
  },
  replica: {
    en: 'Replica: one copy of a partition’s log on one broker. One replica leads; the others follow.',
    zh: '副本（replica）：分区日志在某个 broker 上的一份拷贝。一个副本是 leader，其余是 follower。',
  },
  partition: {
    en: 'Partition: an ordered, append-only log. A topic is split into partitions; each has its own leader, replicas, offsets and HW.',
    zh: '分区（partition）：有序、只追加的日志。一个 topic 分成若干分区，每个分区有自己的 leader、副本、位移和 HW。',
  },
  log: {
    en: 'Partition log: the records of one partition in offset order, as each replica stores them in segment files.',
    zh: '分区日志：一个分区按位移排列的记录，每个副本把它们存放在段（segment）文件中。',
  },
  cluster: {
    en: 'Cluster: the brokers and the KRaft controller that manages them; here the controller runs on one of the brokers (combined mode).',
    zh: '集群（cluster）：一组 broker 以及管理它们的 KRaft 控制器；这里控制器运行在其中一个 broker 上（combined 模式）。',
  },
  producer: {
    en: 'Producer: the client that writes records. It picks the partition (murmur2 of the key, or sticky without a key) and sends batches to the partition leaders.',
    zh: '生产者（producer）：写入记录的客户端。它选择分区（对 key 做 murmur2 哈希，无 key 时用 sticky），把批次发给分区 leader。',
  },
  consumerGroup: {
    en: 'Consumer group: consumers sharing a group.id. Each partition goes to one member at a time; the group commits how far it got.',
    zh: '消费者组（consumer group）：使用同一个 group.id 的消费者。每个分区同一时刻只分给一个成员；组会提交自己读到了哪里。',
  },
  truncation: {
    en: 'Truncation: after a leader change a follower cuts the records the new leader does not have, so every replica holds the same log.',
    zh: '截断（truncation）：leader 更换后，follower 删除新 leader 没有的记录，使所有副本的日志一致。',
  },
  election: {
    en: 'Leader election: the controller picks the first live ISR replica in assignment order as the new leader and raises the leader epoch.',
    zh: 'leader 选举：控制器按分配顺序选出第一个存活的 ISR 副本作为新 leader，并把 leader epoch 加一。',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<Lang, string>>>>

export type TermId = keyof typeof TERMS

export const TERM_IDS = Object.keys(TERMS) as TermId[]

/** The one-line explanation of a term in `lang`. */
export function termText(id: TermId, lang: Lang): string {
  return TERMS[id][lang]
}

/** Settings whose row in the config panel explains a term (by Kafka's name). */
export const SETTING_TERMS: Readonly<Record<string, TermId>> = {
  'min.insync.replicas': 'minIsr',
  'unclean.leader.election.enable': 'unclean',
  acks: 'acks',
  'enable.idempotence': 'idempotence',
  'partition.assignment.strategy': 'assignor',
}
