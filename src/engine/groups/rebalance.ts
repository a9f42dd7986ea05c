// The coordinator's rebalance barrier (GroupCoordinator.prepareRebalance / onCompleteJoin): wait for
// every known member's JoinGroup or the rebalance timeout (largest max.poll.interval.ms); an Empty
// group first waits group.initial.rebalance.delay.ms, extended per new member. Then members that did
// not rejoin go, the generation goes up, the protocol is voted and parked JoinGroups are answered
// (the leader gets the subscriptions). Simplified: a vote tie goes to the first member's choice.

import { type Ctx, emit } from '../ctx'
import type { AssignorName } from '../kafka/assignors'
import { schedule } from '../scheduler'
import { rebalanceProtocolOf } from './config'
import type { MemberLeftReason } from './events'
import { nextSeq, replyTo, touches } from './lookup'
import type { CoordinatorGroup, CoordinatorMember, GroupEntry } from './model'
import { type GroupResponse, type JoinMember, joinGroupError, syncGroupError } from './protocol'
import { storeGroup } from './storeGroup'

/** (Re)starts the member's session timer from now. */
export function scheduleSessionExpiry(ctx: Ctx, g: GroupEntry, m: CoordinatorMember): void {
  m.lastHeartbeat = ctx.sim.tick
  m.sessionSeq = nextSeq(ctx.sim)
  schedule(ctx.sim, m.sessionTimeoutMs, {
    kind: 'group',
    group: g.id,
    action: 'sessionExpiry',
    member: m.memberId,
    gen: m.sessionSeq,
  })
}

export function rebalanceTimeoutOf(c: CoordinatorGroup): number {
  let t = 0
  for (const m of Object.values(c.members)) t = Math.max(t, m.rebalanceTimeoutMs)
  return t
}

export function prepareRebalance(ctx: Ctx, g: GroupEntry, reason: string): void {
  const { sim } = ctx
  const c = g.coord
  if (c.broker === null) return
  if (c.state === 'CompletingRebalance') {
    for (const m of Object.values(c.members)) {
      m.assignment = []
      if (m.syncRequest !== 0) {
        replyTo(
          sim,
          c.broker,
          g.id,
          m.clientId,
          syncGroupError(m.syncRequest, 'REBALANCE_IN_PROGRESS'),
        )
        m.syncRequest = 0
      }
    }
  }
  const initial = c.state === 'Empty'
  c.state = 'PreparingRebalance'
  c.syncStore = null
  c.rebalanceReason = reason
  const timeout = rebalanceTimeoutOf(c)
  const seq = nextSeq(sim)
  const delay = initial
    ? Math.min(sim.config.broker.groupInitialRebalanceDelayMs, timeout)
    : timeout
  c.rebalance = {
    seq,
    kind: initial ? 'initial' : 'delayed',
    deadline: sim.tick + delay,
    remaining: initial ? Math.max(timeout - delay, 0) : 0,
  }
  c.newMemberAdded = false
  schedule(sim, delay, { kind: 'group', group: g.id, action: 'joinDeadline', gen: seq })
  emit(ctx, {
    type: 'rebalanceStarted',
    group: g.id,
    generation: c.generation,
    reason,
    touches: touches(g.id),
  })
  if (!initial) maybeCompleteJoin(ctx, g)
}

/** DelayedJoin.tryComplete: everyone known has rejoined and no KIP-394 member is pending. */
export function maybeCompleteJoin(ctx: Ctx, g: GroupEntry): void {
  const c = g.coord
  if (c.state !== 'PreparingRebalance' || c.rebalance?.kind !== 'delayed') return
  if (c.pendingMembers.length > 0) return
  if (Object.values(c.members).every((m) => m.joinRequest !== 0)) completeJoin(ctx, g)
}

export function handleJoinDeadline(ctx: Ctx, g: GroupEntry, seq: number): void {
  const { sim } = ctx
  const c = g.coord
  const r = c.rebalance
  if (r === null || r.seq !== seq || c.broker === null || c.state !== 'PreparingRebalance') return
  if (r.kind === 'initial' && c.newMemberAdded && r.remaining > 0) {
    const delay = Math.min(sim.config.broker.groupInitialRebalanceDelayMs, r.remaining)
    const next = nextSeq(sim)
    c.rebalance = {
      seq: next,
      kind: 'initial',
      deadline: sim.tick + delay,
      remaining: Math.max(r.remaining - delay, 0),
    }
    c.newMemberAdded = false
    schedule(sim, delay, { kind: 'group', group: g.id, action: 'joinDeadline', gen: next })
    return
  }
  completeJoin(ctx, g)
}

/** GroupMetadata.selectProtocol: candidates every member supports, each member votes its first. */
export function selectProtocol(c: CoordinatorGroup): AssignorName | null {
  const members = Object.values(c.members)
  const first = members[0]
  if (first === undefined) return null
  const candidates = first.protocols.filter((p) => members.every((m) => m.protocols.includes(p)))
  const votes = new Map<AssignorName, number>()
  for (const m of members) {
    const v = m.protocols.find((p) => candidates.includes(p))
    if (v !== undefined) votes.set(v, (votes.get(v) ?? 0) + 1)
  }
  let best: AssignorName | null = null
  for (const [p, n] of votes) if (best === null || n > (votes.get(best) ?? 0)) best = p
  return best
}

export function joinMembers(c: CoordinatorGroup): JoinMember[] {
  return Object.values(c.members).map((m) => ({
    memberId: m.memberId,
    groupInstanceId: m.groupInstanceId,
    topics: m.topics.slice(),
    owned: m.owned.slice(),
    userData: m.userData.slice(),
    generation: m.ownedGeneration,
  }))
}

export function joinResponse(
  c: CoordinatorGroup,
  m: CoordinatorMember,
  id: number,
  skipAssignment = false,
): GroupResponse {
  const leader = c.leader === m.memberId
  return {
    api: 'JoinGroup',
    id,
    error: 'NONE',
    memberId: m.memberId,
    generation: c.generation,
    protocol: c.protocol,
    leader: c.leader,
    members: leader && !skipAssignment ? joinMembers(c) : [],
    skipAssignment,
  }
}

function completeJoin(ctx: Ctx, g: GroupEntry): void {
  const c = g.coord
  if (c.broker === null) return
  c.rebalance = null
  for (const m of Object.values(c.members))
    if (m.joinRequest === 0) removeMember(ctx, g, m, 'rebalanceTimeout')
  c.pendingMembers = []
  c.generation++
  if (Object.keys(c.members).length === 0) {
    c.state = 'Empty'
    c.protocol = null
    c.leader = null
    storeGroup(ctx, g)
    emit(ctx, {
      type: 'rebalanceCompleted',
      group: g.id,
      generation: c.generation,
      protocol: rebalanceProtocolOf(g.strategy),
      assignor: null,
      leader: null,
      assignment: {},
      touches: touches(g.id),
    })
    return
  }
  c.protocol = selectProtocol(c)
  if (c.leader === null || !Object.hasOwn(c.members, c.leader))
    c.leader = Object.keys(c.members)[0] ?? null
  c.state = 'CompletingRebalance'
  for (const m of Object.values(c.members)) {
    replyTo(ctx.sim, c.broker, g.id, m.clientId, joinResponse(c, m, m.joinRequest))
    m.joinRequest = 0
    scheduleSessionExpiry(ctx, g, m)
  }
}

/** Removes a member; a parked request of it is answered with UNKNOWN_MEMBER_ID. */
export function removeMember(
  ctx: Ctx,
  g: GroupEntry,
  m: CoordinatorMember,
  reason: MemberLeftReason,
): void {
  const c = g.coord
  delete c.members[m.memberId]
  if (m.groupInstanceId !== null && c.staticMembers[m.groupInstanceId] === m.memberId)
    delete c.staticMembers[m.groupInstanceId]
  if (c.leader === m.memberId) c.leader = Object.keys(c.members)[0] ?? null
  if (c.broker !== null) {
    if (m.joinRequest !== 0)
      replyTo(
        ctx.sim,
        c.broker,
        g.id,
        m.clientId,
        joinGroupError(m.joinRequest, 'UNKNOWN_MEMBER_ID'),
      )
    if (m.syncRequest !== 0)
      replyTo(
        ctx.sim,
        c.broker,
        g.id,
        m.clientId,
        syncGroupError(m.syncRequest, 'UNKNOWN_MEMBER_ID'),
      )
  }
  m.joinRequest = 0
  m.syncRequest = 0
  // A dead process still shows what it owned until the coordinator lets go of it.
  const client = g.consumers[m.clientId]
  if (client !== undefined && client.status !== 'running' && client.memberId === m.memberId) {
    client.assigned = []
    client.generation = -1
  }
  emit(ctx, {
    type: 'memberLeft',
    group: g.id,
    clientId: m.clientId,
    memberId: m.memberId,
    reason,
    touches: touches(g.id, m.clientId),
  })
}

export function removeMemberAndUpdateGroup(
  ctx: Ctx,
  g: GroupEntry,
  m: CoordinatorMember,
  reason: MemberLeftReason,
): void {
  removeMember(ctx, g, m, reason)
  const c = g.coord
  if (c.state === 'Stable' || c.state === 'CompletingRebalance') {
    const why: Record<MemberLeftReason, string> = {
      leave: 'left the group',
      sessionTimeout: 'missed heartbeats for session.timeout.ms',
      pollTimeout: 'did not poll within max.poll.interval.ms',
      rebalanceTimeout: 'did not rejoin in time',
    }
    prepareRebalance(ctx, g, `member ${m.clientId} ${why[reason]}`)
  } else maybeCompleteJoin(ctx, g)
}
