// Notices a simulation that stopped answering (an endless loop, a worker that died without an
// error event). It only counts while the page is owed something: the simulation is playing or a
// message was sent since the worker last spoke, the page has acknowledged the last frame (until
// then the worker waits for the page, not the other way round), no request with its own timeout is
// pending (loading a long run may take a while), and the page is visible (a hidden tab paints no
// frames, so it acknowledges none).

export const DEFAULT_WATCHDOG_MS = 10_000

export interface WatchdogOptions {
  timeoutMs?: number
  onStall: (silentMs: number) => void
  now?: () => number
  hidden?: () => boolean
}

export class Watchdog {
  private since: number
  private owed = false
  /** Extra time the last message may legitimately take (a long step computes that many ticks). */
  private grace = 0
  private playing = false
  private ackPending = false
  private requests = 0
  private stopped = false
  /** When the worker last said anything. */
  private heardAt: number
  private timer: ReturnType<typeof setInterval> | null = null
  private readonly now: () => number
  private readonly hidden: () => boolean
  timeoutMs: number

  constructor(private readonly opts: WatchdogOptions) {
    this.now = opts.now ?? (() => performance.now())
    this.hidden = opts.hidden ?? (() => typeof document !== 'undefined' && document.hidden)
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_WATCHDOG_MS
    this.since = this.now()
    this.heardAt = this.since
  }

  /** Starts checking (twice a second). */
  start(): void {
    if (this.timer === null && !this.stopped) this.timer = setInterval(() => this.check(), 500)
  }

  stop(): void {
    this.stopped = true
    if (this.timer !== null) clearInterval(this.timer)
    this.timer = null
  }

  /**
   * The page sent a message the worker will answer (anything but an acknowledgement); `graceMs`:
   * how long computing its answer may take (a step of N ms: about a wall ms per simulated ms).
   */
  sent(graceMs = 0): void {
    if (!this.owed) this.since = this.now()
    this.owed = true
    this.grace = Math.max(this.grace, graceMs)
  }

  /** Something arrived from the worker. */
  heard(frame?: { playing: boolean }): void {
    this.since = this.now()
    this.heardAt = this.since
    this.owed = false
    this.grace = 0
    if (frame !== undefined) {
      this.playing = frame.playing
      this.ackPending = true
    }
  }

  /** The page acknowledged the last frame: from now on the worker owes the next one. */
  acked(): void {
    this.ackPending = false
    this.since = this.now()
  }

  requestStarted(): void {
    this.requests++
  }

  requestEnded(): void {
    this.requests = Math.max(0, this.requests - 1)
    this.since = this.now()
  }

  /**
   * A request got no answer within `ms`. A live worker answers every request at once (answers do
   * not wait for frames to be acknowledged), so if it has said nothing at all for that long it has
   * stopped, even though the pending requests kept the regular check from counting.
   */
  requestTimedOut(ms: number): void {
    if (this.stopped || this.hidden()) return
    const silent = this.now() - this.heardAt
    if (silent >= ms) {
      this.stop()
      this.opts.onStall(silent)
    }
  }

  /** Checks once (the interval calls it; tests call it directly). */
  check(): void {
    if (this.stopped) return
    const waiting = (this.playing || this.owed) && !this.ackPending && this.requests === 0
    if (!waiting || this.hidden()) {
      this.since = this.now()
      return
    }
    const silent = this.now() - this.since
    if (silent >= Math.max(this.timeoutMs, this.grace)) {
      this.stop()
      this.opts.onStall(silent)
    }
  }
}
