// Loading a run defensively (the page restarting a crashed simulation, or opening a run file):
// the inputs are applied one by one, each inside try/catch, and the replay stops before the first
// one that throws instead of running into the same crash again. Refused inputs (the engine said
// no, changing nothing) are skipped and listed. A bad config still throws ConfigError: there is
// no run to keep without one.

import type { Command } from './commands'
import { DEFAULT_CHECKPOINT_INTERVAL, type Run, type RunInput, Timeline } from './timeline'

export interface ReplayProblem {
  /** The input's index in run.inputs. */
  readonly index: number
  readonly tick: number
  readonly type: string
  readonly message: string
}

export interface CheckedReplay {
  /** The run up to (not including) the failing input, the cursor where it was to apply. */
  readonly timeline: Timeline
  /** The input that threw (or after which the simulation threw), with the tick reached. */
  readonly failure?: ReplayProblem & { readonly reached: number }
  /** Inputs the engine refused when replayed (they change nothing and are dropped). */
  readonly refused: readonly ReplayProblem[]
}

const typeOf = (c: Command): string =>
  typeof (c as { type?: unknown })?.type === 'string' ? (c as { type: string }).type : '?'

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err))

/** The standard wording of a failed input (the page shows it as is). */
export function describeFailure(p: ReplayProblem): string {
  return `input #${p.index} at tick ${p.tick} (${p.type}) failed: ${p.message}`
}

export interface CheckedOptions {
  /**
   * Replay to this tick (default: the latest input's). Inputs after it stay scripted, not applied
   * yet, as a scenario's are in Timeline.fromRun.
   */
  readonly until?: number
  readonly checkpointInterval?: number
}

/**
 * Replays `run` input by input to `until`. On success the cursor is at `until`; on failure the
 * timeline holds the inputs before the failing one and its cursor is where that one was to apply.
 */
export function fromRunChecked(run: Run, opts: CheckedOptions = {}): CheckedReplay {
  const interval = opts.checkpointInterval ?? DEFAULT_CHECKPOINT_INTERVAL
  const last = run.inputs.reduce((m, i) => (i.tick > m ? i.tick : m), 0)
  const until = Math.max(0, Math.floor(opts.until ?? last))
  const tl = new Timeline(run.seed, run.config, interval)
  const refused: ReplayProblem[] = []
  /** Accepted inputs so far, by index in run.inputs. */
  const accepted: { index: number; input: RunInput }[] = []
  const kept = (before: number) => accepted.filter((a) => a.index < before).map((a) => a.input)
  const halt = (p: ReplayProblem, keepBefore: number, at = p.tick): CheckedReplay => {
    const timeline = Timeline.fromRun({ ...run, inputs: kept(keepBefore) }, interval)
    try {
      timeline.seek(at)
    } catch {
      // Even the way there fails now (it did not before): stay at the start.
      timeline.seek(0)
    }
    return { timeline, failure: { ...p, reached: timeline.tick }, refused }
  }
  /** The simulation threw on its own while advancing: blame the input before, if any. */
  const blameBefore = (index: number, err: unknown): CheckedReplay => {
    const prev = run.inputs[index - 1]
    if (prev === undefined) {
      const input = run.inputs[index]
      const p = { index, tick: 0, type: input === undefined ? '-' : typeOf(input.command) }
      return halt({ ...p, message: messageOf(err) }, 0)
    }
    const p = { index: index - 1, tick: prev.tick, type: typeOf(prev.command) }
    return halt({ ...p, message: messageOf(err) }, index - 1)
  }
  let index = 0
  for (; index < run.inputs.length; index++) {
    const input = run.inputs[index] as RunInput
    if (input.tick > until) break
    const at = { index, tick: input.tick, type: typeOf(input.command) }
    if (!Number.isInteger(input.tick) || input.tick < tl.tick) {
      const message = `its tick is before the previous input's (${tl.tick})`
      return halt({ ...at, message }, index, tl.tick)
    }
    try {
      tl.advanceTo(input.tick)
    } catch (err) {
      return blameBefore(index, err)
    }
    try {
      const r = tl.dispatch(input.command)
      if (r.ok) accepted.push({ index, input })
      else refused.push({ ...at, message: r.error.message })
    } catch (err) {
      return halt({ ...at, message: messageOf(err) }, index)
    }
  }
  try {
    tl.advanceTo(until)
  } catch (err) {
    return blameBefore(index, err)
  }
  if (index === run.inputs.length) return { timeline: tl, refused }
  // Scripted inputs beyond `until`: a timeline that holds them, at the same place.
  const scripted = run.inputs.slice(index)
  const timeline = Timeline.fromRun({ ...run, inputs: [...kept(index), ...scripted] }, interval)
  timeline.seek(until)
  return { timeline, refused }
}
