// Every consumer-group event in plain words, in English and Chinese, with Kafka's own terms
// (generation, session.timeout.ms, max.poll.interval.ms, commitSync, at-least-once …) so a learner
// can look them up. DESCRIBE has one entry per GroupEvent type: the compiler checks none is missing.

import type { SimEvent } from '../../engine/events'
import type { GroupEvent } from '../../engine/groups/events'
import type { Lang } from './catalog'
import {
  COMMIT_WHY,
  changeName,
  errorText,
  FAILED_WHY,
  HOW,
  LEFT_WHY,
  offsetRange,
  reasonText,
  SKIP_WHY,
} from './groupEventWords'

/** The variant(s) of GroupEvent whose type can be K (one variant may carry several types). */
type Of<K extends GroupEvent['type']> = GroupEvent extends infer E
  ? E extends { type: infer T }
    ? K extends T
      ? E
      : never
    : never
  : never
type Describe = { [K in GroupEvent['type']]: (e: Of<K>, zh: boolean) => string }

const join = (xs: readonly (string | number)[], zh: boolean) =>
  xs.length === 0 ? (zh ? '无' : 'none') : xs.join(zh ? '、' : ', ')
/** "1 record", "3 records" (English only). */
const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

const offsetList = (o: Readonly<Record<string, number>>, zh: boolean) =>
  join(
    Object.entries(o).map(([p, v]) => `${p} → ${v}`),
    zh,
  )

const who = (e: { group: string; clientId: string }, zh: boolean) =>
  zh ? `组 ${e.group} 的消费者 ${e.clientId} ` : `consumer ${e.clientId} of group ${e.group}`

const DESCRIBE: Describe = {
  groupCreated: (e, zh) =>
    zh
      ? `已创建消费者组 ${e.group}：订阅 ${join(e.topics, zh)}，partition.assignment.strategy 为 [${e.strategy.join(', ')}]（${e.protocol === 'eager' ? 'eager 再均衡：所有成员先停下' : 'cooperative 再均衡：只移动需要移动的分区'}）；协调者是 __consumer_offsets-${e.offsetsPartition} 的 leader`
      : `consumer group ${e.group} created: subscribes to ${join(e.topics, zh)}, partition.assignment.strategy [${e.strategy.join(', ')}] (${e.protocol === 'eager' ? 'eager rebalances: everyone stops first' : 'cooperative rebalances: only partitions that move stop'}); its coordinator is the leader of __consumer_offsets-${e.offsetsPartition}`,
  groupConfigChanged: (e, zh) => {
    const what = join(
      e.changes.map((c) => {
        const v = e.values[c]
        return v === undefined ? changeName(c, zh) : `${changeName(c, zh)} = ${v}`
      }),
      zh,
    )
    return zh
      ? `组 ${e.group} 的设置已更改：${what}`
      : `settings of group ${e.group} changed: ${what}`
  },
  consumerStarted: (e, zh) => {
    const stat =
      e.groupInstanceId === null
        ? ''
        : zh
          ? `（静态成员，group.instance.id=${e.groupInstanceId}）`
          : ` (static member, group.instance.id=${e.groupInstanceId})`
    if (e.restart) return zh ? `${who(e, zh)}重新启动${stat}` : `${who(e, zh)} restarted${stat}`
    return zh
      ? `${who(e, zh)}启动${stat}：先查找组协调者，再加入组`
      : `${who(e, zh)} started${stat}: it finds the group coordinator, then joins`
  },
  consumerClosed: (e, zh) =>
    zh
      ? `${who(e, zh)}正常关闭：处理完当前批次并发送 LeaveGroup，组立即开始再均衡`
      : `${who(e, zh)} closed cleanly: it finished its batch and sent LeaveGroup, so the group rebalances at once`,
  consumerCrashed: (e, zh) => {
    const rest =
      e.unprocessed > 0
        ? zh
          ? `；手头批次中还有 ${e.unprocessed} 条记录没处理`
          : `; ${n(e.unprocessed, 'record')} of its batch were never processed`
        : ''
    const since =
      e.uncommitted > 0
        ? zh
          ? `上次提交之后处理过的 ${e.uncommitted} 条记录没有提交，接手的消费者会从已提交的位移重新处理它们（至少一次）`
          : `${n(e.uncommitted, 'record')} it processed since its last commit are not committed, so the next owner processes them again from the committed offset (at-least-once)`
        : zh
          ? `它处理过的记录都已提交，接手的消费者从已提交的位移继续，不会重复处理`
          : `everything it processed was committed, so the next owner continues from the committed offset without processing anything twice`
    return zh
      ? `${who(e, zh)}崩溃（kill -9）：${since}；协调者要等 session.timeout.ms 才会发现${rest}`
      : `${who(e, zh)} crashed (kill -9): ${since}; the coordinator notices only after session.timeout.ms${rest}`
  },
  consumerPaused: (e, zh) =>
    e.paused
      ? zh
        ? `${who(e, zh)}停止调用 poll()：超过 max.poll.interval.ms 后它会离开组`
        : `${who(e, zh)} stopped calling poll(): once max.poll.interval.ms passes it leaves the group`
      : zh
        ? `${who(e, zh)}重新开始调用 poll()`
        : `${who(e, zh)} calls poll() again`,
  consumerFailed: (e, zh) =>
    zh
      ? `${who(e, zh)}因 ${e.error} 失败（${e.detail.replace(/^(\S+) was refused$/, '$1 被拒绝')}），应用关闭了它`
      : `${who(e, zh)} failed with ${e.error} (${e.detail}) and the application closed it`,
  consumerIdle: (e, zh) =>
    zh
      ? `${who(e, zh)}在 generation ${e.generation} 中没有分到分区，处于空闲：一个分区只能分给组内一个消费者，消费者比分区多时总有人空等`
      : `${who(e, zh)} got no partition in generation ${e.generation} and sits idle: a partition goes to only one consumer of a group, so with more consumers than partitions some wait`,
  consumerLostCoordinator: (e, zh) => {
    const retry = e.inFlight.length === 0 ? '' : join(e.inFlight, zh)
    return zh
      ? `${who(e, zh)}失去了协调者 broker ${e.broker}（${errorText(e.error, zh)}）：它重新查找协调者${retry === '' ? '' : `，之后重试 ${retry}`}`
      : `${who(e, zh)} lost its coordinator, broker ${e.broker} (${e.error}): it looks the coordinator up again${retry === '' ? '' : ` and retries ${retry}`}`
  },
  consumerPollTimeout: (e, zh) =>
    zh
      ? `${who(e, zh)}已有 ${e.sinceLastPollMs} ms 没有调用 poll()（max.poll.interval.ms 为 ${e.maxPollIntervalMs} ms）：它的心跳线程离开了组，组开始再均衡`
      : `${who(e, zh)} has not called poll() for ${e.sinceLastPollMs} ms (max.poll.interval.ms is ${e.maxPollIntervalMs} ms): its heartbeat thread leaves the group, which rebalances`,
  consumerTruncationDetected: (e, zh) => {
    const where =
      e.divergedAt === null
        ? zh
          ? `位置 ${e.from} 之下的日志被截断，分叉点未知`
          : `the log was truncated below its position ${e.from}, where is unknown`
        : zh
          ? `leader epoch ${e.epoch} 在新 leader 上止于位移 ${e.divergedAt}，低于位置 ${e.from}`
          : `leader epoch ${e.epoch} ends at offset ${e.divergedAt} on the new leader, below its position ${e.from}`
    const then =
      e.action === 'fail'
        ? zh
          ? 'auto.offset.reset=none，poll() 抛出 LogTruncationException'
          : 'auto.offset.reset=none, so poll() throws LogTruncationException'
        : e.action === 'reset'
          ? zh
            ? '由 auto.offset.reset 决定从哪里读'
            : 'so auto.offset.reset decides where to read'
          : zh
            ? `于是回到 ${e.divergedAt} 重新读取`
            : `so it goes back to ${e.divergedAt} and reads again`
    return zh
      ? `${who(e, zh)}检测到 ${e.partition} 的日志截断（KIP-320）：${where}；${then}`
      : `${who(e, zh)} detected log truncation on ${e.partition} (KIP-320): ${where}; ${then}`
  },
  consumerSawNewPartitions: (e, zh) =>
    zh
      ? `${who(e, zh)}发现 ${e.topic} 的分区数从 ${e.from} 变为 ${e.to}：组将再均衡，把新分区分配出去`
      : `${who(e, zh)} saw ${e.topic} grow from ${e.from} to ${e.to} partitions: the group rebalances to hand out the new ones`,
  coordinatorMoved: (e, zh) => {
    if (e.to === null)
      return zh
        ? `组 ${e.group} 暂时没有协调者：${e.offsetsPartition} 没有 leader`
        : `group ${e.group} has no coordinator for now: ${e.offsetsPartition} has no leader`
    const from = e.from === null ? '' : zh ? `从 broker ${e.from} ` : ` from broker ${e.from}`
    return zh
      ? `组 ${e.group} 的协调者${from}转移到 broker ${e.to}（${e.offsetsPartition} 的新 leader）：它从该分区重新加载组（generation ${e.generation}，${e.members} 个成员）`
      : `the coordinator of group ${e.group} moved${from} to broker ${e.to}, the new leader of ${e.offsetsPartition}: it reloads the group from that partition (generation ${e.generation}, ${n(e.members, 'member')})`
  },
  memberJoined: (e, zh) => {
    const stat = e.groupInstanceId === null ? '' : ` (group.instance.id=${e.groupInstanceId})`
    return zh
      ? `${e.clientId} 加入了组 ${e.group}${stat}，member id 为 ${e.memberId}`
      : `${e.clientId} joined group ${e.group}${stat} as member ${e.memberId}`
  },
  memberLeft: (e, zh) => {
    const why = LEFT_WHY[e.reason][zh ? 1 : 0]
    return zh
      ? `${e.clientId} 离开了组 ${e.group}：${why}`
      : `${e.clientId} left group ${e.group}: ${why}`
  },
  rebalanceStarted: (e, zh) =>
    zh
      ? `组 ${e.group} 开始再均衡（generation ${e.generation} → ${e.generation + 1}）：${reasonText(e.reason, zh)}`
      : `group ${e.group} rebalances (generation ${e.generation} → ${e.generation + 1}): ${e.reason}`,
  rebalanceCompleted: (e, zh) => {
    const parts = Object.entries(e.assignment).map(
      ([c, ps]) =>
        `${c}: ${ps.length === 0 ? (zh ? '无（空闲）' : 'none (idle)') : ps.join(zh ? '、' : ', ')}`,
    )
    const by = e.assignor ?? '-'
    return zh
      ? `组 ${e.group} 完成再均衡，进入 generation ${e.generation}（分配器 ${by}，leader ${e.leader ?? '-'}）：${parts.join('；')}`
      : `group ${e.group} finished rebalancing into generation ${e.generation} (assignor ${by}, leader ${e.leader ?? '-'}): ${parts.join('; ')}`
  },
  groupAssignmentWritten: (e, zh) =>
    zh
      ? `组 ${e.group} 的协调者把 leader ${e.leader ?? '-'} 为 generation ${e.generation} 计算的分配方案写入 ${e.offsetsPartition}（位移 ${e.offset}）：等这条组记录提交（HW 越过它）之后，才回复成员的 SyncGroup`
      : `the coordinator of group ${e.group} wrote leader ${e.leader ?? '-'}'s assignment for generation ${e.generation} to ${e.offsetsPartition} (offset ${e.offset}): it answers the members' SyncGroup only once that group record is committed (the HW passes it)`,
  rebalanceFailed: (e, zh) => {
    const why = FAILED_WHY[e.error][zh ? 1 : 0]
    return zh
      ? `组 ${e.group} 没能进入 generation ${e.generation}：它在 ${e.offsetsPartition} 中的组记录没有提交（${e.error}：${why}）；成员的 SyncGroup 收到 ${e.error}，它们会重新加入`
      : `group ${e.group} did not reach generation ${e.generation}: its group record in ${e.offsetsPartition} was not committed (${e.error}: ${why}); the members' SyncGroup failed with ${e.error} and they rejoin`
  },
  staticMemberReverted: (e, zh) => {
    const why = FAILED_WHY[e.error][zh ? 1 : 0]
    return zh
      ? `静态成员 ${e.clientId} 的新 member id 没能写入：${e.offsetsPartition} 中的组记录没有提交（${e.error}：${why}）；协调者恢复了旧的 member id ${e.memberId}，新实例的 JoinGroup 收到 ${e.error} 并重试`
      : `static member ${e.clientId}'s new member id was not persisted: the group record in ${e.offsetsPartition} was not committed (${e.error}: ${why}); the coordinator put the old member id ${e.memberId} back and the new instance's JoinGroup failed with ${e.error}, so it retries`
  },
  partitionsRevoked: (e, zh) =>
    e.protocol === 'eager'
      ? zh
        ? `${who(e, zh)}交出了 ${join(e.partitions, zh)}：eager 再均衡中每个成员都先交出全部分区`
        : `${who(e, zh)} gave up ${join(e.partitions, zh)}: in an eager rebalance every member first revokes all its partitions`
      : zh
        ? `${who(e, zh)}交出了 ${join(e.partitions, zh)}：cooperative 再均衡只撤销要移走的分区，其余分区照常消费`
        : `${who(e, zh)} gave up ${join(e.partitions, zh)}: a cooperative rebalance revokes only partitions that move; the rest keep being consumed`,
  partitionsLost: (e, zh) =>
    zh
      ? `${who(e, zh)}丢失了 ${join(e.partitions, zh)}（onPartitionsLost）：它的成员资格已失效，无法再提交这些分区的位移`
      : `${who(e, zh)} lost ${join(e.partitions, zh)} (onPartitionsLost): its membership expired, so it can no longer commit for them`,
  partitionsAssigned: (e, zh) =>
    zh
      ? `${who(e, zh)}开始消费 ${join(e.partitions, zh)}（generation ${e.generation}）`
      : `${who(e, zh)} now consumes ${join(e.partitions, zh)} (generation ${e.generation})`,
  offsetsCommitted: (e, zh) => {
    const list = offsetList(e.offsets, zh)
    const clientId = e.clientId
    if (clientId === null || e.how === 'admin')
      return zh
        ? `组 ${e.group} 的位移被管理员写入：${list}`
        : `offsets of group ${e.group} written by an admin: ${list}`
    const how = HOW[e.how][zh ? 1 : 0]
    const by = who({ group: e.group, clientId }, zh)
    return zh
      ? `${by}${how}：${list}（下一条要读的位移）`
      : `${by} ${how}: ${list} (the next offsets to read)`
  },
  offsetCommitFailed: (e, zh) => {
    const why = COMMIT_WHY[e.exception][zh ? 1 : 0]
    const list = offsetList(e.offsets, zh)
    const error = errorText(e.error, zh)
    if (e.exception === 'RebalanceInProgressException')
      return zh
        ? `${who(e, zh)}暂时无法提交 ${list}：${e.exception}（${error}；${why}）`
        : `${who(e, zh)} could not commit ${list} yet: ${e.exception} (${error}; ${why})`
    return zh
      ? `${who(e, zh)}提交失败：${e.exception}（${error}；${why}）；${list} 没有保存，这些记录可能会被再处理一次`
      : `${who(e, zh)} failed to commit: ${e.exception} (${error}; ${why}); ${list} not saved, so those records may be processed again`
  },
  offsetReset: (e, zh) =>
    e.reason === 'noCommittedOffset'
      ? zh
        ? `${who(e, zh)}在 ${e.partition} 上没有已提交的位移：auto.offset.reset=${e.strategy}，从位移 ${e.offset} 开始`
        : `${who(e, zh)} has no committed offset for ${e.partition}: auto.offset.reset=${e.strategy} starts it at offset ${e.offset}`
      : zh
        ? `${who(e, zh)}在 ${e.partition} 上的位置超出了日志范围：auto.offset.reset=${e.strategy}，移到位移 ${e.offset}`
        : `${who(e, zh)}'s position on ${e.partition} is out of range: auto.offset.reset=${e.strategy} moves it to offset ${e.offset}`,
  offsetsReset: (e, zh) =>
    zh
      ? `kafka-consumer-groups.sh --reset-offsets 把组 ${e.group} 在 ${e.topic} 上的位移重置为 ${e.to}：${offsetList(e.offsets, zh)}`
      : `kafka-consumer-groups.sh --reset-offsets set the offsets of group ${e.group} on ${e.topic} to ${e.to}: ${offsetList(e.offsets, zh)}`,
  recordsDeduplicated: (e, zh) => {
    const r = offsetRange(e.offsets)
    return zh
      ? `${e.partition} 的记录 ${r} 再次送达组 ${e.group} 的 ${e.clientId}：幂等处理认出了它们并跳过，没有重复处理`
      : `records ${r} of ${e.partition} reached ${e.clientId} of group ${e.group} again: idempotent processing recognised and skipped them, so nothing was processed twice`
  },
  recordsReprocessed: (e, zh) => {
    const r = offsetRange(e.offsets)
    return zh
      ? `组 ${e.group} 把 ${e.partition} 的记录 ${r} 处理了两次（${e.clientId} 从已提交的位移重新读取：上次提交没有覆盖它们，至少一次）`
      : `records ${r} of ${e.partition} processed twice by ${e.group} (${e.clientId} read again from the committed offset: no commit covered them, at-least-once)`
  },
  recordsSkipped: (e, zh) => {
    const what =
      e.offsets.length === 0
        ? zh
          ? `${e.partition} 的 ${e.count} 条记录`
          : `${n(e.count, 'record')} of ${e.partition}`
        : zh
          ? `${e.partition} 的记录 ${offsetRange(e.offsets)}`
          : `records ${offsetRange(e.offsets)} of ${e.partition}`
    const why = SKIP_WHY[e.reason][zh ? 1 : 0]
    return zh
      ? `组 ${e.group} 从未处理 ${what}：${why}`
      : `${what} never processed by ${e.group}: ${why}`
  },
}

/** Words for a consumer-group event, or null when `e` is not one. */
export function describeGroupEvent(e: SimEvent | { type: string }, lang: Lang): string | null {
  const fn = (DESCRIBE as Record<string, ((e: unknown, zh: boolean) => string) | undefined>)[e.type]
  if (fn === undefined) return null
  try {
    return fn(e, lang === 'zh')
  } catch {
    return null
  }
}
