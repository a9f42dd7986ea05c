// Seeks that replay a long stretch. The timeline thins its checkpoints to a memory budget, so in a
// busy run (bench-stress: retention deletes 500 records a second) a seek far behind the records
// the live state still holds may replay minutes of simulated time, which takes a while. Such a
// seek is replayed in slices between the host's timer ticks, with a progress message after each,
// so the page can say what is happening, its watchdog hears the worker, and a newer seek (the
// scrubber dragged on) replaces the target instead of queueing behind it. A short seek, the usual
// one, finishes at once, as before.

import type { Timeline } from '../engine/timeline'

export class Seeker {
  private target: number | null = null

  constructor(
    private readonly timeline: () => Timeline,
    private readonly progress: (tick: number, target: number) => void,
  ) {}

  get busy(): boolean {
    return this.target !== null
  }

  /** Replay at once up to this many checkpoint intervals; longer seeks go in slices. */
  static readonly AT_ONCE_INTERVALS = 2
  /** A slice replays this fraction of a checkpoint interval. */
  static readonly SLICE_OF_INTERVAL = 0.25

  /** Starts a seek; true when it is done (the cursor is at the target). */
  start(tick: number): boolean {
    const tl = this.timeline()
    const target = Math.max(0, Math.floor(tick))
    const left = tl.beginSeek(target)
    if (left <= Seeker.AT_ONCE_INTERVALS * tl.checkpointInterval) {
      tl.advanceTo(target)
      this.target = null
      return true
    }
    this.target = target
    this.progress(tl.tick, target)
    return false
  }

  /** Replays one slice of the seek under way; true when that finished it. */
  step(): boolean {
    if (this.target === null) return false
    const tl = this.timeline()
    const slice = Math.max(1, Math.floor(tl.checkpointInterval * Seeker.SLICE_OF_INTERVAL))
    tl.advanceTo(Math.min(this.target, tl.tick + slice))
    if (tl.tick >= this.target) {
      this.target = null
      return true
    }
    this.progress(tl.tick, this.target)
    return false
  }

  /** Finishes the seek under way at once (before anything that acts on the cursor); true if one was. */
  finish(): boolean {
    if (this.target === null) return false
    this.timeline().advanceTo(this.target)
    this.target = null
    return true
  }

  /** Forgets the seek under way (a new run replaced the timeline). */
  cancel(): void {
    this.target = null
  }
}
