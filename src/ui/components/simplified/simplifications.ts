// Where kafkascope departs from Kafka 3.9, in both languages: the README's "Simplifications (and
// what the UI says about them)" and "Scaling" sections, shown by the "What is simplified" dialog.
// `backticks` mark Kafka names (rendered as <code>). Keep this in step with README.md.

import type { Lang } from '../../i18n/catalog'

export interface Simplification {
  readonly id: string
  readonly title: Readonly<Record<Lang, string>>
  readonly text: Readonly<Record<Lang, string>>
}

export const SIMPLIFICATIONS: readonly Simplification[] = [
  {
    id: 'controller-quorum',
    title: { en: 'Controller quorum', zh: '控制器仲裁（quorum）' },
    text: {
      en: 'The active controller runs on one of the brokers (combined mode). When it dies, a live broker takes over after `controller.quorum.election.timeout.ms`; a real KRaft quorum also needs a live majority of its voters. The Raft election itself is not modelled.',
      zh: '活跃控制器运行在某个 broker 上（combined 模式）。它宕机后，一个存活的 broker 在 `controller.quorum.election.timeout.ms` 之后接任；真实的 KRaft 仲裁还需要多数投票者存活。Raft 选举过程本身没有建模。',
    },
  },
  {
    id: 'preferred-leaders',
    title: { en: 'Preferred leaders', zh: '首选 leader' },
    text: {
      en: 'Automatic leader balancing is not modelled. In Kafka `auto.leader.rebalance.enable` is on by default: every `leader.imbalance.check.interval.seconds` (300 s) the controller hands leadership back to each partition’s preferred replica (the first in its list) once a broker’s share of such partitions led elsewhere passes `leader.imbalance.per.broker.percentage`. Here, after a restart, leadership stays where it moved until you run a preferred election (a broker’s menu).',
      zh: '没有建模自动的 leader 均衡。Kafka 默认开启 `auto.leader.rebalance.enable`：控制器每隔 `leader.imbalance.check.interval.seconds`（300 秒）检查一次，当某个 broker 上“首选副本却不是 leader”的分区比例超过 `leader.imbalance.per.broker.percentage` 时，把 leader 交还给首选副本（副本列表中的第一个）。在这里，broker 重启后 leader 仍留在迁移后的位置，直到你执行首选 leader 选举（在 broker 的菜单里）。',
    },
  },
  {
    id: 'restart-within-session',
    title: { en: 'Restart within the session timeout', zh: '在会话超时之内重启' },
    text: {
      en: 'A broker that restarts before the controller fenced it keeps its ISR memberships (the situation KIP-903 guards against). That is what lets the two KIP-101 scenarios play out; KRaft in 3.9 may instead refuse the new registration until the old session expires.',
      zh: '在被控制器 fence 之前重启的 broker 保留它在 ISR 中的成员资格（KIP-903 所防范的情形）。正因如此，两个 KIP-101 场景才能重现；3.9 的 KRaft 可能会拒绝新的注册，直到旧会话过期。',
    },
  },
  {
    id: 'metadata',
    title: { en: 'Metadata', zh: '元数据' },
    text: {
      en: 'Metadata is pushed to each broker as whole partition records, not replayed as a delta log.',
      zh: '元数据以完整的分区记录推送给每个 broker，而不是以增量日志回放。',
    },
  },
  {
    id: 'offsets-for-leader-epoch',
    title: { en: 'OffsetsForLeaderEpoch', zh: 'OffsetsForLeaderEpoch 请求' },
    text: {
      en: 'OffsetsForLeaderEpoch is a separate request before fetching (as in Kafka 2.0–2.6), not the `lastFetchedEpoch` / `divergingEpoch` fields inside Fetch (2.7+): it is easier to see.',
      zh: 'OffsetsForLeaderEpoch 是拉取之前的一个单独请求（与 Kafka 2.0–2.6 相同），而不是 Fetch 中的 `lastFetchedEpoch` / `divergingEpoch` 字段（2.7 起）：这样更容易看清。',
    },
  },
  {
    id: 'out-of-range',
    title: { en: 'Out of range fetches', zh: '越界的拉取' },
    text: {
      en: 'Only possible with `high-watermark` truncation: they truncate the follower to the leader’s log end, where Kafka 0.10 would have halted the broker with unclean election off.',
      zh: '只在 `high-watermark` 截断模式下出现：follower 被截断到 leader 的日志末端；而在关闭 unclean 选举时，Kafka 0.10 会让该 broker 停机。',
    },
  },
  {
    id: 'reserved-names',
    title: { en: 'Reserved names', zh: '保留名称' },
    text: {
      en: 'Topic names, group ids, client ids and `group.instance.id` values that every JavaScript object already has (`constructor`, `toString`, `__proto__`, …) are refused, where Kafka accepts them. A group id may be any text, Chinese included, but at most 249 characters and without control characters or “/”; a client id is 1–64 letters, digits, “.”, “_” or “-”. Kafka limits neither.',
      zh: '所有 JavaScript 对象都自带的名字（`constructor`、`toString`、`__proto__` 等）不能用作 topic 名、组 id、client id 或 `group.instance.id`，而 Kafka 接受它们。组 id 可以是任意文字（包括中文），但最多 249 个字符，且不能含控制字符或“/”；client id 只能是 1–64 个字母、数字、“.”、“_”或“-”。Kafka 对这两者都没有限制。',
    },
  },
  {
    id: 'sizes',
    title: { en: 'Sizes', zh: '大小' },
    text: {
      en: 'Sizes count record bytes plus a fixed 10-byte overhead; batch headers and compression are ignored. A produce request carries at most one batch per partition.',
      zh: '大小按记录字节数加固定 10 字节开销计算；忽略批次头和压缩。一个 produce 请求中每个分区最多一个批次。',
    },
  },
  {
    id: 'zero-backoff',
    title: { en: 'Backoffs of 0', zh: '退避时间为 0' },
    text: {
      en: 'A send to a broker that cannot be reached fails at once here, without the time a real connection attempt takes, so a retry waits at least 1 ms even when `retry.backoff.ms` or `replica.fetch.backoff.ms` is 0.',
      zh: '在这里，发往无法连接的 broker 的请求会立即失败，没有真实连接尝试所需的时间，因此即使 `retry.backoff.ms` 或 `replica.fetch.backoff.ms` 为 0，重试也至少等待 1 ms。',
    },
  },
  {
    id: 'page-cache',
    title: { en: 'The page cache', zh: '页缓存（page cache）' },
    text: {
      en: 'The page cache is written to disk every `pageCacheFlushIntervalMs` (an OS setting, not a Kafka one); a power failure loses what was not yet written.',
      zh: '页缓存每隔 `pageCacheFlushIntervalMs`（操作系统设置，不是 Kafka 设置）写入磁盘；断电会丢失尚未写入的数据。',
    },
  },
  {
    id: 'transactions',
    title: { en: 'Transactions', zh: '事务' },
    text: {
      en: 'Transactions (`read_committed`, the LSO) are not modelled yet, so exactly-once delivery is shown only as its two halves: the idempotent producer and the idempotent consumer.',
      zh: '事务（`read_committed`、LSO）尚未建模，因此精确一次（exactly-once）只以两半来展示：幂等生产者和幂等消费者。',
    },
  },
  {
    id: 'consumer-groups',
    title: { en: 'Consumer groups', zh: '消费者组' },
    text: {
      en: 'All consumers of a group share one configuration; FindCoordinator is answered from the controller’s metadata and loading a group is instant; the log cleaner removes a batch of __consumer_offsets only once every record in it is superseded (Kafka rewrites batches record by record), and offsets do not expire; consumers read metadata directly (no Metadata RPC); processing time is per record; `pauseConsumer` models a stuck application thread (it stops calling `poll()`), not `KafkaConsumer.pause()`; KIP-848, rack awareness and the pending-sync timeout are not modelled.',
      zh: '同一组的所有消费者共用一份配置；FindCoordinator 由控制器的元数据直接回答，加载组瞬间完成；日志清理器只在 __consumer_offsets 的一个批次中每条记录都已被取代时才删除该批次（Kafka 会逐条记录重写批次），位移不过期；消费者直接读取元数据（没有 Metadata RPC）；处理时间按记录计算；`pauseConsumer` 模拟卡住的应用线程（不再调用 `poll()`），而不是 `KafkaConsumer.pause()`；KIP-848、机架感知和 pending-sync 超时没有建模。',
    },
  },
]

/** The scaling section's introduction and notes. */
export const SCALING_TEXT = {
  intro: {
    en: 'Kafka’s defaults are minutes and gigabytes; nobody could watch them. kafkascope divides times by 10 (unless the scale column says otherwise) and shrinks sizes so a segment rolls within a lesson. The order of the settings that matter (heartbeat < session timeout, fetch wait < lag time) is kept.',
    zh: 'Kafka 的默认值以分钟和 GB 计，没人能看着它们发生。kafkascope 把时间除以 10（缩放列另有说明的除外），并缩小大小，让一节课内就能看到段滚动。关键设置之间的大小关系（心跳 < 会话超时，拉取等待 < 滞后时间）保持不变。',
  },
  tick: {
    en: 'One tick is one simulated millisecond; at 1× speed a simulated second takes a real second.',
    zh: '一个 tick 是一个模拟毫秒；1× 速度下，一个模拟秒等于一个真实秒。',
  },
  latency: {
    en: 'network latency',
    zh: '网络延迟',
  },
  latencyKafka: { en: 'LAN, < 1 ms', zh: '局域网，< 1 ms' },
  latencyScale: {
    en: 'slower, so messages can be seen moving',
    zh: '放慢，以便看清消息的移动',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<Lang, string>>>>
