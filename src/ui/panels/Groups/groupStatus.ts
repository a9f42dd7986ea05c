// What the panel says about a group and each member, as i18n keys with parameters: whether the
// group is rebalancing, and why a member sits idle, waits, is slow, paused or dead. Pure.

import type { GroupMemberView, GroupView } from '../../../engine/groups/view'
import type { MessageKey } from '../../i18n/catalog'
import { compareClients, share } from './layout'

/**
 * A rebalance is under way: the coordinator is gathering or syncing members, or a member it knows
 * is still rejoining or giving partitions up (between the two rounds of a cooperative one, and
 * until every member of an eager one has installed its new assignment).
 */
export function isRebalancing(g: Pick<GroupView, 'state' | 'members'>): boolean {
  if (g.state === 'PreparingRebalance' || g.state === 'CompletingRebalance') return true
  if (g.state !== 'Stable') return false
  return g.members.some(
    (m) =>
      m.status === 'running' && m.inGroup && (m.state === 'joining' || m.pendingRevoke.length > 0),
  )
}

/** Live members the coordinator counts (what the assignor divides the partitions among). */
export function activeMembers(g: Pick<GroupView, 'members'>): number {
  return g.members.filter((m) => m.status === 'running' && m.inGroup).length
}

export interface MemberHint {
  readonly tone: 'info' | 'warn' | 'danger'
  readonly key: MessageKey
  readonly params: Readonly<Record<string, string | number>>
  /** 0..1 for a gauge under the words (batch progress, time towards max.poll.interval.ms). */
  readonly gauge: number | null
}

const hint = (
  tone: MemberHint['tone'],
  key: MessageKey,
  params: MemberHint['params'] = {},
  gauge: number | null = null,
): MemberHint => ({ tone, key, params, gauge })

function deadHint(g: GroupView, m: GroupMemberView): MemberHint {
  switch (m.status) {
    case 'closed':
      return hint('info', 'groups.hint.closed')
    case 'failed':
      return hint('danger', 'groups.hint.failed')
    default:
      return m.inGroup
        ? hint('danger', 'groups.hint.crashedInGroup', { ms: g.config.sessionTimeoutMs })
        : hint('danger', 'groups.hint.crashedGone')
  }
}

export function memberHint(g: GroupView, m: GroupMemberView): MemberHint | null {
  const max = g.config.maxPollIntervalMs
  switch (m.state) {
    case 'dead':
      return deadHint(g, m)
    case 'paused':
      return hint(
        'warn',
        'groups.hint.paused',
        { ms: m.msSinceLastPoll, max },
        share(m.msSinceLastPoll, max),
      )
    case 'slow':
      return hint(
        'warn',
        'groups.hint.slow',
        { ms: m.msSinceLastPoll, max },
        share(m.msSinceLastPoll, max),
      )
    case 'joining':
      if (!m.inGroup && m.generation < 0 && !isRebalancing(g))
        return hint('info', 'groups.hint.finding')
      if (m.app === 'processing')
        return hint(
          'warn',
          'groups.hint.finishing',
          { done: m.batchDone, size: m.batchSize },
          share(m.batchDone, m.batchSize),
        )
      if (g.protocol === 'eager' && m.assigned.length === 0)
        return hint('warn', 'groups.hint.waitingEager')
      return hint('info', 'groups.hint.joining')
    case 'idle': {
      const members = activeMembers(g)
      const partitions = g.partitions.length
      if (members > partitions) return hint('info', 'groups.hint.idleMore', { members, partitions })
      if (g.protocol === 'cooperative' && isRebalancing(g))
        return hint('info', 'groups.hint.waitingRound2')
      return hint('info', 'groups.hint.idle')
    }
    case 'stable':
      if (g.state === 'PreparingRebalance' && m.inGroup)
        return g.protocol === 'eager'
          ? hint('warn', 'groups.hint.notYet', { ms: g.config.heartbeatIntervalMs })
          : hint('info', 'groups.hint.notYetCoop', { ms: g.config.heartbeatIntervalMs })
      if (m.app === 'processing' && m.batchSize > 0)
        return hint(
          'info',
          'groups.hint.processing',
          { done: m.batchDone, size: m.batchSize },
          share(m.batchDone, m.batchSize),
        )
      if (m.app === 'committing') return hint('info', 'groups.hint.committing')
      return null
  }
}

/** data-assigned: the member's partitions, comma-separated, in topic then partition order. */
export function assignedAttr(m: Pick<GroupMemberView, 'assigned'>): string {
  return [...m.assigned].sort(compareClients).join(',')
}
