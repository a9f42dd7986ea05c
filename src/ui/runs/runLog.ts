// The page's copy of the run: seed, config and every input the simulation applied, mirrored from
// the frames (Frame.runStart / inputsFrom / inputs, cut on a fork like the event list). It outlives
// the worker, so a crashed simulation can be replayed from it, and it is what the page saves.

import type { PartialClusterConfig } from '../../engine/config'
import type { Run, RunInput } from '../../engine/timeline'
import type { Frame } from '../../worker/protocol'

export class RunLog {
  private seed = 0
  private config: PartialClusterConfig = {}
  private inputs: RunInput[] = []
  /** Whether a frame started the log (before that there is no run to keep). */
  private started = false
  /** The scenario the run came from (null: none), for the resume offer. */
  scenario: string | null = null
  /** Bumped on every change. */
  version = 0
  private readonly subs = new Set<() => void>()

  /** Takes the run-log fields of a frame; false when the frame does not fit (ask for a resync). */
  applyFrame(f: Pick<Frame, 'runStart' | 'inputsFrom' | 'inputs'>): boolean {
    if (f.runStart !== undefined) {
      this.seed = f.runStart.seed
      this.config = f.runStart.config
      this.inputs = []
      this.started = true
    }
    if (f.inputsFrom === undefined) {
      if (f.runStart !== undefined) this.changed()
      return true
    }
    if (!this.started || f.inputsFrom > this.inputs.length) return false
    this.inputs.length = f.inputsFrom
    for (const i of f.inputs ?? []) this.inputs.push(i)
    this.changed()
    return true
  }

  /** The run so far, or null before the simulation reported one. */
  run(): Run | null {
    if (!this.started) return null
    return { seed: this.seed, config: this.config, inputs: this.inputs.slice() }
  }

  get inputCount(): number {
    return this.inputs.length
  }

  subscribe(cb: () => void): () => void {
    this.subs.add(cb)
    return () => this.subs.delete(cb)
  }

  private changed(): void {
    this.version++
    for (const cb of [...this.subs]) cb()
  }
}
