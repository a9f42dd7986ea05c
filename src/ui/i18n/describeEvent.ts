// Every engine event in plain words, in English and Chinese, with Kafka's own terms (ISR, HW,
// replica.lag.time.max.ms, …) so a learner can look them up. DESCRIBE has one entry per cluster
// event type (the compiler checks none is missing); events this file does not know yet (consumer
// groups are being added) fall back to their type and fields, so a new event never crashes the log.

import type { ClusterEvent, ProduceErrorCode, SimEvent } from '../../engine/events'
import type { Lang } from './catalog'
import { describeGroupEvent } from './describeGroupEvent'

type Of<K extends ClusterEvent['type']> = Extract<ClusterEvent, { type: K }>
type Describe = { [K in ClusterEvent['type']]: (e: Of<K>, zh: boolean) => string }

const list = (xs: readonly number[], zh: boolean) =>
  xs.length === 0 ? '∅' : xs.join(zh ? '、' : ', ')
const brokers = (xs: readonly number[], zh: boolean) =>
  zh ? `broker ${list(xs, zh)}` : `${xs.length > 1 ? 'brokers' : 'broker'} ${list(xs, zh)}`
/** "1 record", "3 records" (English only; Chinese nouns do not inflect). */
const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
const offsets = (xs: readonly number[]) =>
  xs.length <= 5 ? xs.join(', ') : `${xs.slice(0, 5).join(', ')}, …`

const PRODUCE_ERROR: Record<ProduceErrorCode, [string, string]> = {
  NOT_ENOUGH_REPLICAS: [
    'the ISR is smaller than min.insync.replicas',
    'ISR 少于 min.insync.replicas',
  ],
  NOT_ENOUGH_REPLICAS_AFTER_APPEND: [
    'the ISR shrank below min.insync.replicas after the leader wrote the batch',
    'leader 写入后 ISR 缩小到 min.insync.replicas 以下',
  ],
  REQUEST_TIMED_OUT: ['no answer within request.timeout.ms', '在 request.timeout.ms 内没有响应'],
  NOT_LEADER_OR_FOLLOWER: [
    'that broker is no longer the leader (the producer’s metadata was stale)',
    '该 broker 已不是 leader（生产者的元数据已过期）',
  ],
  NETWORK_EXCEPTION: ['the connection to the broker failed', '与 broker 的连接失败'],
  DELIVERY_TIMEOUT: ['delivery.timeout.ms expired', '超过了 delivery.timeout.ms'],
}

const LOSS_REASON: Record<string, [string, string]> = {
  uncleanElection: [
    'an unclean election made a replica without them the leader',
    '脏选举让缺少这些记录的副本成为了 leader',
  ],
  leaderWithoutRecords: [
    'the new leader never had them (acknowledged before they were replicated)',
    '新 leader 上没有这些记录（在复制完成前就已确认）',
  ],
  truncated: [
    'a replica truncated them to match its new leader',
    '副本为与新 leader 保持一致而截断了它们',
  ],
  zombieLeader: [
    'an old leader acknowledged them after it had lost leadership',
    '旧 leader 在失去领导权后仍确认了它们',
  ],
}
const lossReason = (r: string, zh: boolean) => LOSS_REASON[r]?.[zh ? 1 : 0] ?? r

/** Why an idempotent producer's records can still be written twice (Kafka 3.9 alike). */
const IDEMPOTENT_DUPLICATE = {
  en: '. The producer is idempotent, but idempotence stops duplicates only within one producer epoch and while the leader remembers the batch (its last 5): a batch resent after an epoch bump (a batch expired or got OUT_OF_ORDER_SEQUENCE) is written again, in Kafka 3.9 too',
  zh: '。生产者开启了幂等，但幂等只在同一个 producer epoch 内、且 leader 还记得该批次（最近 5 个）时才能去重：epoch 提升之后（有批次超时或收到 OUT_OF_ORDER_SEQUENCE）重发的批次会被再次写入，Kafka 3.9 也是如此',
} as const

const DESCRIBE: Describe = {
  brokerKilled: (e, zh) =>
    zh
      ? `broker ${e.broker} 被强杀（kill -9），进程已停止`
      : `broker ${e.broker} was killed (kill -9): its process stopped`,
  brokerPowerFailed: (e, zh) =>
    zh
      ? `broker ${e.broker} 断电：${e.lostRecords} 条尚未刷写到磁盘的记录从它的日志中消失`
      : `broker ${e.broker} lost power: ${n(e.lostRecords, 'record')} not yet flushed to disk vanished from its log`,
  brokerRestarted: (e, zh) =>
    zh
      ? `broker ${e.broker} 重启，并重新向控制器注册`
      : `broker ${e.broker} restarted and registered with the controller again`,
  brokerShutdown: (e, zh) =>
    zh
      ? `broker ${e.broker} 受控关闭：先把 ${e.movedLeaders} 个分区的 leader 转移到其他 broker`
      : `broker ${e.broker} shut down cleanly after moving ${n(e.movedLeaders, 'partition leader')} to other brokers`,
  brokerSlowed: (e, zh) =>
    e.extraMs > 0
      ? zh
        ? `broker ${e.broker} 变慢：每次拉取（fetch）多花 ${e.extraMs} ms`
        : `broker ${e.broker} slowed down: each of its fetches takes ${e.extraMs} ms longer`
      : zh
        ? `broker ${e.broker} 恢复正常速度`
        : `broker ${e.broker} is fast again`,
  brokerIsolated: (e, zh) =>
    zh
      ? `broker ${e.broker} 与网络断开（网络隔离）`
      : `broker ${e.broker} was cut off from the network`,
  brokerReconnected: (e, zh) =>
    zh ? `broker ${e.broker} 恢复网络连接` : `broker ${e.broker} is reachable again`,
  brokerAdded: (e, zh) =>
    zh
      ? `broker ${e.broker} 加入集群（创建新 topic 或重新分配前，它不持有副本）`
      : `broker ${e.broker} joined the cluster (it holds no replicas until a topic is created or reassigned)`,
  brokerFenced: (e, zh) =>
    e.reason === 'sessionTimeout'
      ? zh
        ? `控制器 fence 了 broker ${e.broker}：在 broker.session.timeout.ms 内没有收到它的心跳`
        : `the controller fenced broker ${e.broker}: no heartbeat within broker.session.timeout.ms`
      : zh
        ? `broker ${e.broker} 正在关闭，控制器将其 fence`
        : `the controller fenced broker ${e.broker} as it shuts down`,
  brokerUnfenced: (e, zh) =>
    zh
      ? `控制器解除了对 broker ${e.broker} 的 fence：它可以再次成为 leader、加入 ISR`
      : `the controller unfenced broker ${e.broker}: it may lead and join ISRs again`,
  controllerElected: (e, zh) =>
    zh
      ? `broker ${e.broker} 成为活跃控制器（epoch ${e.epoch}）`
      : `broker ${e.broker} became the active controller (epoch ${e.epoch})`,
  controllerLost: (e, zh) =>
    e.hasQuorum
      ? zh
        ? `broker ${e.broker} 上的控制器失效；其余投票者将选出新的控制器`
        : `the controller on broker ${e.broker} is gone; the remaining voters elect a new one`
      : zh
        ? `broker ${e.broker} 上的控制器失效，剩余投票者不足多数：无法选举新的 leader`
        : `the controller on broker ${e.broker} is gone and no majority of voters is left: no leader can be elected`,
  leaderElected: (e, zh) => {
    const p = e.partition
    const prev =
      e.previous === null
        ? ''
        : zh
          ? `，接替 broker ${e.previous}`
          : `, replacing broker ${e.previous}`
    switch (e.kind) {
      case 'initial':
        return zh
          ? `broker ${e.leader} 成为 ${p} 的首个 leader（leader epoch ${e.epoch}）`
          : `broker ${e.leader} is the first leader of ${p} (leader epoch ${e.epoch})`
      case 'clean':
        return zh
          ? `从 ISR 中选出 broker ${e.leader} 作为 ${p} 的 leader（leader epoch ${e.epoch}）${prev}`
          : `broker ${e.leader} elected leader of ${p} from the ISR (leader epoch ${e.epoch})${prev}`
      case 'unclean':
        return zh
          ? `脏选举（unclean）：不在 ISR 中的 broker ${e.leader} 成为 ${p} 的 leader（leader epoch ${e.epoch}）；它缺少的记录都将丢失，已提交的也不例外`
          : `UNCLEAN election: broker ${e.leader}, not in the ISR, became leader of ${p} (leader epoch ${e.epoch}); the records it lacks are lost, committed ones included`
      case 'preferred':
        return zh
          ? `首选副本 broker ${e.leader} 重新成为 ${p} 的 leader（leader epoch ${e.epoch}）${prev}`
          : `broker ${e.leader}, the preferred replica, took back leadership of ${p} (leader epoch ${e.epoch})${prev}`
      case 'controlled':
        return zh
          ? `受控关闭前，${p} 的 leader 转移到 broker ${e.leader}（leader epoch ${e.epoch}）${prev}`
          : `leadership of ${p} moved to broker ${e.leader} ahead of a controlled shutdown (leader epoch ${e.epoch})${prev}`
    }
  },
  partitionOffline: (e, zh) =>
    zh
      ? `${e.partition} 离线：ISR（${list(e.isr, zh)}）中没有存活的副本；脏选举关闭时，只要其中任一副本恢复，分区就能重新上线`
      : `${e.partition} is offline: no replica of its ISR (${list(e.isr, zh)}) is alive; with unclean election off, any one of them returning brings it back`,
  isrShrunk: (e, zh) => {
    const why = {
      lag: zh
        ? '在 replica.lag.time.max.ms 内没有追上 leader'
        : 'no fetch caught up within replica.lag.time.max.ms',
      fenced: zh ? '它已被控制器 fence' : 'the controller fenced it',
      shutdown: zh ? '它正在关闭' : 'it is shutting down',
    }[e.reason]
    return zh
      ? `${brokers(e.removed, zh)} 被移出 ${e.partition} 的 ISR：${why}（现在 ISR 为 ${list(e.isr, zh)}）`
      : `${brokers(e.removed, zh)} removed from the ISR of ${e.partition}: ${why} (ISR now ${list(e.isr, zh)})`
  },
  isrExpanded: (e, zh) =>
    zh
      ? `${brokers(e.added, zh)} 追上 leader，重新加入 ${e.partition} 的 ISR（现在 ISR 为 ${list(e.isr, zh)}）`
      : `${brokers(e.added, zh)} caught up with the leader and joined the ISR of ${e.partition} (ISR now ${list(e.isr, zh)})`,
  logRestartedAt: (e, zh) =>
    zh
      ? `broker ${e.broker} 上 ${e.partition} 的副本落后太多：它要的位移 ${e.from} 已被 leader 按保留策略删除（日志起始位移 ${e.to}），收到 OFFSET_OUT_OF_RANGE 后清空日志，从 ${e.to} 开始重新拉取`
      : `broker ${e.broker}'s copy of ${e.partition} fell too far behind: the leader's retention deleted offset ${e.from} it needed next (the leader's log now starts at ${e.to}), so on OFFSET_OUT_OF_RANGE it emptied its log and fetches from ${e.to}`,
  logTruncated: (e, zh) => {
    const how =
      e.mode === 'leader-epoch'
        ? zh
          ? '依据 leader epoch'
          : 'by leader epoch'
        : zh
          ? '截断到高水位'
          : 'to its high watermark'
    return zh
      ? `broker ${e.broker} 将 ${e.partition} 的日志从位移 ${e.from} 截断到 ${e.to}（${how}，删除 ${e.removed} 条记录）`
      : `broker ${e.broker} truncated its log of ${e.partition} from offset ${e.from} to ${e.to} (${how}; ${n(e.removed, 'record')} removed)`
  },
  produceError: (e, zh) => {
    const [why, whyZh] = PRODUCE_ERROR[e.error]
    return zh
      ? `${e.producer}：发往 ${e.partition} 的 ${e.records} 条记录失败，${e.error}（${whyZh}）；${e.willRetry ? '将重试' : '放弃发送'}`
      : `${e.producer}: ${n(e.records, 'record')} to ${e.partition} failed with ${e.error} (${why}); ${e.willRetry ? 'it will retry' : 'giving up'}`
  },
  recordsLost: (e, zh) =>
    zh
      ? `${e.partition} 丢失了 ${e.count} 条记录（位移 ${offsets(e.offsets)}）：${lossReason(e.reason, zh)}`
      : `${n(e.count, 'record')} lost from ${e.partition} (offsets ${offsets(e.offsets)}): ${lossReason(e.reason, zh)}`,
  recordsDuplicated: (e, zh) =>
    zh
      ? `${e.partition} 中有 ${e.count} 条记录被写入两次（位移 ${offsets(e.offsets)}）：重试的批次被再次追加${e.idempotent === true ? IDEMPOTENT_DUPLICATE.zh : ''}`
      : `${n(e.count, 'record')} written twice to ${e.partition} (offsets ${offsets(e.offsets)}): a retried batch was appended again${e.idempotent === true ? IDEMPOTENT_DUPLICATE.en : ''}`,
  duplicateDropped: (e, zh) =>
    zh
      ? `${e.partition} 的 leader 丢弃了 ${e.producer} 的重复批次（序列号 ${e.baseSequence}）：幂等性生效`
      : `the leader of ${e.partition} dropped a duplicate batch from ${e.producer} (sequence ${e.baseSequence}): idempotence at work`,
  recordsReordered: (e, zh) =>
    zh
      ? `${e.producer} 的记录在 ${e.partition} 中乱序了（位移 ${offsets(e.offsets)}）：失败的批次重试时，后发的批次已经写入（未开启幂等且 max.in.flight.requests.per.connection > 1）`
      : `${e.producer}'s records arrived out of order in ${e.partition} (offsets ${offsets(e.offsets)}): a failed batch was retried after later ones were written (no idempotence, max.in.flight.requests.per.connection > 1)`,
  recordsExpired: (e, zh) =>
    zh
      ? `${e.producer}：发往 ${e.partition} 的 ${e.count} 条记录超过 delivery.timeout.ms，未能送达`
      : `${e.producer}: ${n(e.count, 'record')} for ${e.partition} expired after delivery.timeout.ms and ${e.count === 1 ? 'was' : 'were'} not delivered`,
  segmentRolled: (e, zh) =>
    zh
      ? `broker ${e.broker} 为 ${e.partition} 滚动出新的日志段，起始位移 ${e.baseOffset}`
      : `broker ${e.broker} rolled a new log segment of ${e.partition} starting at offset ${e.baseOffset}`,
  segmentsDeleted: (e, zh) =>
    zh
      ? `保留策略删除了 broker ${e.broker} 上 ${e.partition} 的 ${e.count} 个旧日志段；日志起始位移现为 ${e.logStartOffset}`
      : `retention deleted ${n(e.count, 'old segment')} of ${e.partition} on broker ${e.broker}; the log now starts at offset ${e.logStartOffset}`,
  topicCreated: (e, zh) =>
    zh
      ? `已创建 topic ${e.topic}：${e.partitions} 个分区，副本因子 ${e.replicationFactor}`
      : `topic ${e.topic} created: ${e.partitions} partitions, replication factor ${e.replicationFactor}`,
  partitionsAdded: (e, zh) =>
    zh
      ? `topic ${e.topic} 的分区数从 ${e.from} 增加到 ${e.to}（同一 key 可能映射到新的分区）`
      : `topic ${e.topic} grew from ${e.from} to ${e.to} partitions (a key may now map to another partition)`,
  configChanged: (e, zh) =>
    zh
      ? `${e.scope} 的配置已更改：${e.changes.join('，')}`
      : `configuration of ${e.scope} changed: ${e.changes.join(', ')}`,
}

function fieldText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(fieldText).join(', ')}]`
  if (v !== null && typeof v === 'object') return JSON.stringify(v)
  return String(v)
}

/** An event this file has no words for yet: its type and fields, never a crash. */
export function describeGeneric(e: { type: string }): string {
  const fields = Object.entries(e)
    .filter(([k]) => k !== 'type' && k !== 'tick' && k !== 'touches')
    .map(([k, v]) => `${k}=${fieldText(v)}`)
  return fields.length === 0 ? e.type : `${e.type}: ${fields.join(', ')}`
}

export function describeEvent(e: SimEvent, lang: Lang): string {
  const fn = (DESCRIBE as Record<string, ((e: SimEvent, zh: boolean) => string) | undefined>)[
    e.type
  ]
  if (fn === undefined) return describeGroupEvent(e, lang) ?? describeGeneric(e)
  try {
    return fn(e, lang === 'zh')
  } catch {
    return describeGeneric(e)
  }
}
