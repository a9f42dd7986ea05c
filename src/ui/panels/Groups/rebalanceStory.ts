// The story of each group's latest rebalance, folded from the event log: why it started, who gave
// up which partitions, and its rounds. An eager rebalance has one round (everyone revokes
// everything first); a cooperative one has two when partitions move: round 1 hands out the new
// generation without them, their owners revoke them and rejoin, round 2 assigns them. A rebalance
// is round 2 when, since the previous round completed, a member revoked partitions and did not
// then close or crash. Incremental: feed() only the events appended since the last call.

import type { SimEvent } from '../../../engine/events'

export interface RoundView {
  readonly round: number
  /** The generation when the round started, and the one it produced (null: still running). */
  readonly fromGeneration: number
  readonly generation: number | null
  readonly startTick: number
  readonly endTick: number | null
  readonly reason: string
  readonly assignment: Readonly<Record<string, readonly string[]>> | null
}

export interface StepView {
  readonly clientId: string
  readonly partitions: readonly string[]
  readonly tick: number
  readonly round: number
}

export interface RebalanceStory {
  readonly group: string
  readonly protocol: 'eager' | 'cooperative' | null
  readonly startTick: number
  readonly rounds: readonly RoundView[]
  readonly revoked: readonly StepView[]
  readonly assigned: readonly StepView[]
  /** When the last member got its partitions after the last completed round (null: not yet). */
  readonly settledTick: number | null
}

interface Fold {
  story: RebalanceStory | null
  /** The last round completed and no new one started yet. */
  afterCompleted: boolean
  /** Members that revoked since the last round completed (a round 2 follows if any remain). */
  revokers: Set<string>
  /** Revocations before a rebalance started (a consumer closing), for the next story. */
  early: StepView[]
}

type GroupScoped = Extract<SimEvent, { group: string }>

function isGroupEvent(e: SimEvent): e is GroupScoped {
  return 'group' in e && typeof (e as { group?: unknown }).group === 'string'
}

function lastRound(s: RebalanceStory): RoundView | undefined {
  return s.rounds[s.rounds.length - 1]
}

function roundNo(s: RebalanceStory | null): number {
  return s === null ? 1 : (lastRound(s)?.round ?? 1)
}

export class StoryTracker {
  private readonly folds = new Map<string, Fold>()
  private snapshot: Readonly<Record<string, RebalanceStory>> = {}
  private dirty = false

  feed(events: Iterable<SimEvent>): this {
    for (const e of events) if (isGroupEvent(e)) this.apply(e)
    return this
  }

  /** The latest story per group; the same object until something changed. */
  stories(): Readonly<Record<string, RebalanceStory>> {
    if (!this.dirty) return this.snapshot
    const out: Record<string, RebalanceStory> = {}
    for (const [g, f] of this.folds) if (f.story !== null) out[g] = f.story
    this.snapshot = out
    this.dirty = false
    return out
  }

  private fold(group: string): Fold {
    let f = this.folds.get(group)
    if (f === undefined) {
      f = { story: null, afterCompleted: false, revokers: new Set(), early: [] }
      this.folds.set(group, f)
    }
    return f
  }

  private set(f: Fold, story: RebalanceStory): void {
    f.story = story
    this.dirty = true
  }

  private apply(e: GroupScoped): void {
    const f = this.fold(e.group)
    const s = f.story
    switch (e.type) {
      case 'rebalanceStarted': {
        const round2 = s !== null && f.afterCompleted && f.revokers.size > 0
        const round: RoundView = {
          round: round2 ? roundNo(s) + 1 : 1,
          fromGeneration: e.generation,
          generation: null,
          startTick: e.tick,
          endTick: null,
          reason: e.reason,
          assignment: null,
        }
        if (round2 && s !== null) this.set(f, { ...s, rounds: [...s.rounds, round] })
        else if (
          s !== null &&
          !f.afterCompleted &&
          lastRound(s)?.generation === null &&
          lastRound(s)?.fromGeneration === e.generation
        ) {
          // A member joined or left while the round was still gathering: same round. (A round
          // whose join completed, a new generation, but never synced, starts a new story: the
          // rebalance storm of a group whose store cannot commit.)
        } else {
          const early = f.early.map((x) => ({ ...x, round: 1 }))
          this.set(f, {
            group: e.group,
            protocol: null,
            startTick: e.tick,
            rounds: [round],
            revoked: early,
            assigned: [],
            settledTick: null,
          })
        }
        f.afterCompleted = false
        f.revokers.clear()
        f.early = []
        return
      }
      case 'rebalanceCompleted': {
        if (s === null) return
        const last = lastRound(s)
        if (last === undefined) return
        const done: RoundView = {
          ...last,
          generation: e.generation,
          endTick: e.tick,
          assignment: e.assignment,
        }
        this.set(f, { ...s, protocol: e.protocol, rounds: [...s.rounds.slice(0, -1), done] })
        f.afterCompleted = true
        f.revokers.clear()
        return
      }
      case 'partitionsRevoked': {
        const step: StepView = {
          clientId: e.clientId,
          partitions: e.partitions,
          tick: e.tick,
          round: roundNo(s),
        }
        if (s === null || (f.afterCompleted && e.protocol === 'eager')) {
          f.early.push(step)
          return
        }
        if (f.afterCompleted) f.revokers.add(e.clientId)
        this.set(f, { ...s, protocol: e.protocol, revoked: [...s.revoked, step] })
        return
      }
      case 'consumerClosed':
      case 'consumerCrashed':
      case 'consumerFailed': {
        if (!f.revokers.delete(e.clientId) || s === null) return
        // It revoked because it is leaving: that belongs to the rebalance its leaving starts.
        const mine = s.revoked.filter((x) => x.clientId === e.clientId && x.tick === e.tick)
        f.early.push(...mine)
        this.set(f, { ...s, revoked: s.revoked.filter((x) => !mine.includes(x)) })
        return
      }
      case 'partitionsAssigned':
      case 'consumerIdle': {
        if (s === null) return
        const partitions = e.type === 'partitionsAssigned' ? e.partitions : []
        const settled = f.afterCompleted ? e.tick : s.settledTick
        const assigned =
          partitions.length === 0
            ? s.assigned
            : [...s.assigned, { clientId: e.clientId, partitions, tick: e.tick, round: roundNo(s) }]
        this.set(f, { ...s, assigned, settledTick: settled })
        return
      }
      default:
        return
    }
  }
}
