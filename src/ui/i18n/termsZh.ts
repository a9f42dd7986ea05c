// The Chinese lines of the term catalog (terms.ts), loaded with the Chinese catalog.

import type { TermId } from './terms'

export const TERMS_ZH: Readonly<Record<TermId, string>> = {
  isr: 'ISR（同步副本集）：leader 加上在 replica.lag.time.max.ms 内追上它的 follower。只有它们计入 acks=all 和 HW，也只有它们能当选 leader（关闭 unclean 选举时）。',
  osr: 'OSR（失步副本）：不在 ISR 中的已分配副本（AR − ISR）。HW 不再等它们；副本追上 HW 后重新加入 ISR。',
  ar: 'AR（分配副本集）：应当保存该分区副本的所有 broker，第一个是首选 leader。AR = ISR + OSR。',
  hw: 'HW（高水位）：低于它的位移已在 ISR 的每个副本上，即已提交，消费者可以读取。',
  leo: 'LEO（日志末端位移）：下一条写入该副本的记录将得到的位移（最后一条的位移 + 1）。',
  leaderEpoch:
    'leader epoch（leader 纪元）：每次更换 leader 时控制器把它加一。记录带着写入它的纪元，follower 据此找到自己与新 leader 日志的分叉点（KIP-101）。',
  acks: 'acks（确认级别）：生产者得到“写入成功”之前需要多少副本拥有这条记录：0 不等待，1 leader 已写入，all 当前整个 ISR（至少 min.insync.replicas 个）。ISR 只剩 leader 时，all 并不比 1 更安全。',
  minIsr:
    'min.insync.replicas（最小同步副本数）：acks=all 时 leader 接受写入所需的最小 ISR 大小；不足时写入失败，返回 NOT_ENOUGH_REPLICAS。',
  generation:
    'generation（代）：消费者组的纪元，每次 rebalance 加一。来自旧代的提交和心跳会被拒绝。',
  lag: 'lag（消费滞后）：组在该分区上尚未提交的记录数：日志末端（HW）减去已提交位移，与 kafka-consumer-groups.sh 相同。',
  committedOffset:
    '已提交位移（committed offset）：重启或 rebalance 之后组要读取的下一个位移（最后处理的位移 + 1），保存在 __consumer_offsets 中。',
  position:
    'position（消费位置）：该消费者下一次拉取的位移。在下一次提交之前，它领先于已提交位移。',
  committed:
    '已提交的记录：位于 HW 之下，已复制到 ISR 的每个副本，消费者可以读取。acks=all 时生产者在此时才得到确认。',
  controller:
    'controller（控制器）：活跃的 KRaft 控制器。它通过心跳掌握存活的 broker，选举分区 leader，并记录每一次 ISR 变化。KRaft 之前由 ZooKeeper 选出控制器并保存这些元数据。',
  fenced:
    'fenced（被隔离）：控制器在 broker.session.timeout.ms 内没有收到心跳，不再认为该 broker 存活：它离开所有 ISR，也不能当 leader。',
  idempotence:
    '幂等（enable.idempotence）：生产者给批次编号，leader 丢弃已经有的重试批次：重试不再产生重复。需要 acks=all。',
  rebalance:
    'rebalance（再平衡）：成员加入、离开或失败时，组重新分配分区。eager：所有成员先停下；cooperative：只有要移动的分区停下。',
  assignor:
    'assignor（分区分配策略，partition.assignment.strategy）：组 leader 用来决定哪个消费者读哪个分区的算法：range、roundrobin、sticky、cooperative-sticky。',
  coordinator:
    '组协调者（group coordinator）：该组所在 __consumer_offsets 分区的 leader 所在的 broker，负责组的加入、心跳和提交。',
  leader: 'leader（主副本）：分区中唯一接受写入并提供读取的副本；follower 从它复制。',
  follower:
    'follower（从副本）：通过 fetch 从 leader 复制数据的副本。它请求的 fetch 位移就是它的确认：没有单独的 ack。',
  fetch:
    'fetch（拉取）：follower 从自己的 LEO 起向 leader 请求记录。这个 fetch 位移就是它的确认，响应带回 leader 的 HW。',
  offline:
    '离线分区：没有存活的 ISR 副本可以当 leader。关闭 unclean 选举时，只要任意一个 ISR 副本恢复，分区就能重新上线。',
  unclean:
    'unclean.leader.election.enable（非干净选举）：关闭（默认）时只有 ISR 副本能当 leader，分区等待其中任意一个恢复；开启时失步副本也能当 leader，已确认的记录可能丢失。',
  underReplicated:
    '副本不足（under-replicated）：ISR 中的副本少于分配的副本（ISR < AR）：再坏一台，保护就更少。',
  replica:
    '副本（replica）：分区日志在某个 broker 上的一份拷贝。一个副本是 leader，其余是 follower。',
  partition:
    '分区（partition）：有序、只追加的日志。一个 topic 分成若干分区，每个分区有自己的 leader、副本、位移和 HW。只有分区内有序（同一个 key 的记录进同一个分区）；位移是 64 位整数。',
  log: '分区日志：一个分区按位移排列的记录，每个副本把它们存放在段（segment）文件中。',
  cluster:
    '集群（cluster）：一组 broker 以及管理它们的 KRaft 控制器；这里控制器运行在其中一个 broker 上（combined 模式）。',
  producer:
    '生产者（producer）：写入记录的客户端。它选择分区（对 key 做 murmur2 哈希；无 key 时用 sticky，轮询只是 Kafka 2.4 之前的规则），把批次发给分区 leader。',
  consumerGroup:
    '消费者组（consumer group）：使用同一个 group.id 的消费者。每个分区同一时刻只分给一个成员；组会提交自己读到了哪里。',
  truncation:
    '截断（truncation）：leader 更换后，follower 删除新 leader 没有的记录，使所有副本的日志一致。',
  election:
    'leader 选举：控制器按分配顺序选出第一个存活的 ISR 副本作为新 leader，并把 leader epoch 加一。这不是多数派投票：ISR 用 f+1 个副本即可容忍 f 个故障，多数派需要 2f+1 个。',
}
