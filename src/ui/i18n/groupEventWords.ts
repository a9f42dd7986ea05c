// Word tables for describeGroupEvent.ts: why commits fail, why records were skipped, why members
// left, how offsets were committed, the settings a change names, and the engine's (English)
// rebalance reasons in Chinese.

import { CONSUMER_CONFIG_INFO, type ConsumerConfig } from '../../engine/groups/config'
import type { CommitException, SkipReason } from '../../engine/groups/events'

/** 12–14 for a run of offsets, else a short list. */
export function offsetRange(xs: readonly number[]): string {
  if (xs.length === 0) return '∅'
  const sorted = [...xs].sort((a, b) => a - b)
  const first = sorted[0] as number
  const last = sorted[sorted.length - 1] as number
  if (sorted.length > 1 && last - first === sorted.length - 1) return `${first}–${last}`
  return sorted.length <= 5 ? sorted.join(', ') : `${sorted.slice(0, 5).join(', ')}, …`
}

export const CHANGE: Record<string, [string, string]> = {
  strategy: ['partition.assignment.strategy', 'partition.assignment.strategy'],
  commitPolicy: ['commit policy (enable.auto.commit)', '提交方式（enable.auto.commit）'],
  processingMs: ['processing time per record', '每条记录的处理时间'],
  dedupe: ['idempotent processing', '幂等处理'],
}
export const changeName = (k: string, zh: boolean) =>
  CHANGE[k]?.[zh ? 1 : 0] ?? CONSUMER_CONFIG_INFO[k as keyof ConsumerConfig]?.kafkaName ?? k

/** The engine's rebalance reasons (English), in Chinese. Unknown reasons stay as they are. */
const REASONS_ZH: readonly [RegExp, string][] = [
  [/^member (\S+) joined$/, '成员 $1 加入了组'],
  [/^static member (\S+) rejoined$/, '静态成员 $1 重新加入'],
  [/^member (\S+) left the group$/, '成员 $1 离开了组'],
  [
    /^member (\S+) missed heartbeats for session.timeout.ms$/,
    '成员 $1 在 session.timeout.ms 内没有心跳',
  ],
  [
    /^member (\S+) did not poll within max.poll.interval.ms$/,
    '成员 $1 在 max.poll.interval.ms 内没有调用 poll()',
  ],
  [/^member (\S+) did not rejoin in time$/, '成员 $1 没有及时重新加入'],
  [/^revoked (.+): rejoining so they can be reassigned$/, '已撤销 $1，重新加入以便把它们分给别人'],
  [
    /^partition.assignment.strategy changed \(rolling restart\)$/,
    'partition.assignment.strategy 已更改（滚动重启）',
  ],
  [
    /^the leader saw the subscribed topics change \(partition count\)$/,
    'leader 发现订阅的 topic 分区数变了',
  ],
  [/^the coordinator answered a heartbeat with (\S+)$/, '协调者对心跳回复了 $1'],
  [/^joining the group$/, '加入组'],
  [
    /^max\.poll\.interval\.ms expired: rejoining as a new member$/,
    'max.poll.interval.ms 已超时：作为新成员重新加入',
  ],
  [/^coordinator unavailable: connection refused$/, '协调者不可用：连接被拒绝'],
  [/^coordinator unavailable: (\S+)$/, '协调者不可用：$1'],
  [/^(\S+) from a heartbeat$/, '心跳返回 $1'],
  [/^(\S+) from (\S+)$/, '$2 返回 $1'],
  [/^(\S+) failed with (\S+)$/, '$1 失败：$2'],
  [
    /^the group record of generation (\d+) was not committed \((\S+)\)$/,
    'generation $1 的组记录没有提交（$2）',
  ],
]

export function reasonText(reason: string, zh: boolean): string {
  if (!zh) return reason
  const rejoin =
    /^(?:the leader (\S+) rejoined|(\S+) rejoined with a new subscription) \((.*)\)$/.exec(reason)
  if (rejoin !== null) {
    const inner = reasonText(rejoin[3] ?? '', true)
    return rejoin[1] !== undefined
      ? `leader ${rejoin[1]} 重新加入（${inner}）`
      : `${rejoin[2]} 以新的订阅信息重新加入（${inner}）`
  }
  for (const [re, zhText] of REASONS_ZH) if (re.test(reason)) return reason.replace(re, zhText)
  return reason
}

export const COMMIT_WHY: Record<CommitException, [string, string]> = {
  CommitFailedException: [
    'the group already rebalanced without it, so its generation is stale',
    '组已经在没有它的情况下完成了再均衡，它的 generation 已过期',
  ],
  RebalanceInProgressException: [
    'a rebalance is in progress; it commits again after rejoining',
    '再均衡正在进行；重新加入后会再次提交',
  ],
  RetriableCommitFailedException: [
    'a retriable error, but commitAsync does not retry',
    '可重试的错误，但 commitAsync 不会重试',
  ],
  TimeoutException: [
    'no answer within default.api.timeout.ms',
    '在 default.api.timeout.ms 内没有响应',
  ],
}

export const SKIP_WHY: Record<SkipReason, [string, string]> = {
  committedBeforeProcessing: [
    'their offsets were committed before they were processed, then the consumer died (at-most-once)',
    '它们的位移在处理之前就已提交，随后消费者宕机（至多一次）',
  ],
  autoOffsetResetLatest: [
    'there was no committed offset and auto.offset.reset=latest starts after them',
    '没有已提交的位移，auto.offset.reset=latest 从它们之后开始读',
  ],
  deletedBeforeRead: [
    'retention deleted them before the group read them',
    '在组读取之前，保留策略已删除了它们',
  ],
  resetOffsets: [
    'kafka-consumer-groups.sh --reset-offsets moved the group past them',
    'kafka-consumer-groups.sh --reset-offsets 让组跳过了它们',
  ],
  offsetReused: [
    'the log lost its end and they were written at offsets the group had already passed, with no leader epoch change for KIP-320 validation to notice',
    '日志丢失了末尾，它们被写在组已经读过的位移上；leader epoch 没有变化，KIP-320 的位置校验无从发现',
  ],
}

/** Why a group record was not committed, by the error the SyncGroups got. */
export const FAILED_WHY = {
  NOT_COORDINATOR: [
    'the coordinator lost the leadership of the partition first',
    '协调者先失去了该分区的 leader 身份',
  ],
  COORDINATOR_NOT_AVAILABLE: [
    'the ISR fell below min.insync.replicas',
    'ISR 少于 min.insync.replicas',
  ],
  REBALANCE_IN_PROGRESS: [
    'the HW did not reach it within offsets.commit.timeout.ms',
    'HW 没有在 offsets.commit.timeout.ms 内越过它',
  ],
} as const

export const LEFT_WHY = {
  leave: ['it sent LeaveGroup', '它发送了 LeaveGroup'],
  sessionTimeout: [
    'no heartbeat within session.timeout.ms, so the coordinator removed it',
    '在 session.timeout.ms 内没有心跳，协调者将它移除',
  ],
  pollTimeout: [
    'it did not call poll() within max.poll.interval.ms',
    '它在 max.poll.interval.ms 内没有调用 poll()',
  ],
  rebalanceTimeout: [
    'it did not rejoin within the rebalance timeout (max.poll.interval.ms)',
    '它没有在再均衡超时（max.poll.interval.ms）内重新加入',
  ],
} as const

export const HOW = {
  auto: ['auto-committed (enable.auto.commit)', '自动提交（enable.auto.commit）'],
  sync: ['committed with commitSync()', '用 commitSync() 提交'],
  async: ['committed with commitAsync()', '用 commitAsync() 提交'],
  // ConsumerCoordinator.onJoinPrepare, eager and cooperative alike: a cooperative member keeps
  // what does not move, so this is not "before giving up its partitions".
  revoke: [
    'auto-committed before rejoining (onJoinPrepare)',
    '重新加入组之前自动提交（onJoinPrepare）',
  ],
  close: ['committed while closing', '在关闭时提交'],
  admin: ['', ''],
} as const

const ERRORS_ZH: Readonly<Record<string, string>> = {
  'the group is rebalancing': '组正在再均衡',
  'the consumer left the group after max.poll.interval.ms; its partitions went to others':
    '消费者超过 max.poll.interval.ms 后离开了组，它的分区已交给别人',
  'the consumer is not part of an active group': '消费者不在活跃的组中',
}

/** An error the engine reports: a Kafka error code stays as it is; its sentences in Chinese. */
export function errorText(error: string, zh: boolean): string {
  if (!zh || /^[A-Z_]+$/.test(error)) return error
  return ERRORS_ZH[error] ?? error
}
