// Wires a SimClient to the store: frames go into applyFrame, each frame is acknowledged once the
// page is about to paint it, or earlier when that cannot make the page apply two frames in one
// display frame (BrowserPacer): the worker sends the next frame only then (natural backpressure,
// and its work overlaps the page's), a gap in the diff sequence asks for a full view, and requests
// with ids resolve with their reply.

import type { Command, CommandResult } from '../../engine/commands'
import type { Run } from '../../engine/timeline'
import type { Frame, FromWorker, ToWorker } from '../../worker/protocol'
import type { RunLog } from '../runs/runLog'
import type { SimStoreApi } from '../store/createSimStore'
import type { SimClient } from './simClient'
import type { Watchdog } from './watchdog'

type WithId = Extract<ToWorker, { id: number }>
/** A request without its id (the connection numbers it). */
export type Request = WithId extends infer M ? (M extends WithId ? Omit<M, 'id'> : never) : never
export type Reply = Extract<FromWorker, { type: 'reply' }>

export interface Connection {
  send(msg: ToWorker): void
  /**
   * Sends a request; resolves with its reply, or (thenFrame) once the frame after it is in the
   * store; rejects after `ms` (the connection's timeout by default).
   */
  request(msg: Request, thenFrame?: boolean, ms?: number): Promise<Reply>
  command(command: Command, thenFrame?: boolean): Promise<CommandResult>
  advance(ms: number): Promise<void>
  /** Resolves once a full view at `tick` and every event up to it are applied (`ms`: timeout). */
  seek(tick: number, ms?: number): Promise<void>
  getRun(): Promise<Run | undefined>
  dispose(): void
}

export interface ConnectOptions {
  /** When to acknowledge an applied frame (tests); the browser default is BrowserPacer. */
  afterPaint?: AckTiming
  /** How long a request may wait for its reply or frame. */
  timeoutMs?: number
  /** Mirrors the run's inputs from the frames (the page's copy of the run). */
  runLog?: RunLog
  /** Told about every message each way, to notice a simulation that stopped answering. */
  watchdog?: Watchdog
}

const MAX_WORKER_SAMPLE_MS = 100

/** When the page acknowledges a frame it has applied. */
export type AckTiming = (cb: () => void) => void

/**
 * The browser's timing, for at most one frame per display frame. A frame is applied as it arrives,
 * unless the page has already applied one since the last animation frame began (that one is not
 * painted yet): then it waits until just after the next paint. A frame is acknowledged when the
 * animation frame that paints it begins, or at once when the worker's next frame could not arrive
 * before that paint anyway (the worker takes about `workerMs` per frame, measured): then the
 * worker builds the next frame while the page renders and paints this one. The worker never has
 * more than one frame in flight.
 */
export class BrowserPacer {
  private workerMs = 0
  private ackedAt = -1
  private vsync = -1
  private frameMs = 1000 / 60
  /** A frame was applied since the last animation frame began: it is painted at the next one. */
  private applied = false
  private held: (() => void)[] = []
  private acks: (() => void)[] = []
  private scheduled = false

  /** A frame arrived: the worker's time since the last acknowledgement. */
  heard(now = performance.now()): void {
    if (this.ackedAt < 0) return
    const w = now - this.ackedAt
    this.ackedAt = -1
    // A long wait is the simulation having nothing to send (paused), not its speed.
    if (w > MAX_WORKER_SAMPLE_MS) return
    this.workerMs = this.workerMs === 0 ? w : 0.75 * this.workerMs + 0.25 * w
  }

  /** Runs `apply` now, or after the next paint when this display frame already has a frame. */
  deliver(apply: () => void): void {
    this.schedule()
    if (this.applied || this.held.length > 0) this.held.push(apply)
    else {
      this.applied = true
      apply()
    }
  }

  readonly ack: AckTiming = (cb) => {
    const now = performance.now()
    const send = () => {
      this.ackedAt = performance.now()
      cb()
    }
    this.schedule()
    if (this.vsync >= 0 && this.workerMs > 0) {
      const next =
        this.vsync + this.frameMs * Math.max(1, Math.ceil((now - this.vsync) / this.frameMs))
      if (now + this.workerMs >= next) {
        send()
        return
      }
    }
    this.acks.push(send)
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    requestAnimationFrame((t) => {
      this.scheduled = false
      // The display's frame interval, from consecutive frames only (a missed one is twice as long).
      const d = t - this.vsync
      if (this.vsync >= 0 && d > 0.5 * this.frameMs && d < 1.5 * this.frameMs)
        this.frameMs = 0.9 * this.frameMs + 0.1 * d
      this.vsync = t
      this.applied = false
      const acks = this.acks
      this.acks = []
      for (const send of acks) send()
      if (this.held.length === 0) return
      // After this paint (a task queued now runs once the frame is painted): the frame applied
      // before it is on screen first.
      setTimeout(() => {
        const held = this.held
        this.held = []
        for (const apply of held) this.deliver(apply)
      }, 0)
    })
  }
}

/** A frame carries every event up to the cursor (the worker caps events per frame). */
const complete = (f: Frame) => f.eventsFrom + f.events.length >= f.eventCount

export function connect(
  store: SimStoreApi,
  client: SimClient,
  opts: ConnectOptions = {},
): Connection {
  const pacer =
    opts.afterPaint === undefined && typeof requestAnimationFrame === 'function'
      ? new BrowserPacer()
      : null
  const afterPaint: AckTiming = opts.afterPaint ?? pacer?.ack ?? ((cb) => setTimeout(cb, 0))
  const timeoutMs = opts.timeoutMs ?? 15_000
  const { runLog, watchdog } = opts
  let nextId = 1
  let disposed = false
  const pending = new Map<number, { onReply: (r: Reply) => void; fail: (e: Error) => void }>()
  let waiters: { pred: (f: Frame) => boolean; done: () => void }[] = []
  /** Seeks waiting for their view: each progress message restarts their time limit. */
  const progressListeners = new Set<() => void>()

  function ack(seq: number): void {
    watchdog?.acked()
    client.send({ type: 'frameAck', seq })
  }

  function onFrame(f: Frame): void {
    watchdog?.heard(f)
    if (pacer === null) applyAndAck(f)
    else {
      pacer.heard()
      pacer.deliver(() => {
        if (!disposed) applyAndAck(f)
      })
    }
  }

  function applyAndAck(f: Frame): void {
    // The run log first: it must not miss inputs even when the view cannot be applied.
    const logged = runLog?.applyFrame(f) ?? true
    if (!logged || !store.getState().applyFrame(f)) {
      // A diff we cannot apply (lost or reordered frame): ask for a full view, and acknowledge
      // so the worker is free to send it.
      client.send({ type: 'resync' })
      ack(f.seq)
      return
    }
    const ready = waiters.filter((w) => w.pred(f))
    waiters = waiters.filter((w) => !ready.includes(w))
    for (const w of ready) w.done()
    afterPaint(() => {
      if (!disposed) ack(f.seq)
    })
  }

  const unsubscribe = client.onMessage((msg) => {
    switch (msg.type) {
      case 'frame':
        onFrame(msg)
        return
      case 'reply': {
        watchdog?.heard()
        const p = pending.get(msg.id)
        pending.delete(msg.id)
        p?.onReply(msg)
        return
      }
      case 'progress':
        // A long seek replaying in slices: the worker is alive, and the seeks waiting on it too.
        watchdog?.heard()
        for (const extend of progressListeners) extend()
        store.getState().setSeeking({ tick: msg.tick, target: msg.target })
        return
      case 'error':
        watchdog?.heard()
        if (msg.fatal) {
          watchdog?.stop()
          store.getState().setWorkerError(msg.message)
        } else
          store
            .getState()
            .addNotice({ kind: 'error', key: 'notice.simError', params: { message: msg.message } })
        return
    }
  })

  function withTimeout<T>(
    what: string,
    ms: number,
    run: (ok: (v: T) => void, fail: (e: Error) => void) => void,
  ) {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`kafkascope: no answer to ${what} within ${ms} ms`))
        watchdog?.requestTimedOut(ms)
      }, ms)
      run(
        (v) => {
          clearTimeout(timer)
          resolve(v)
        },
        (e) => {
          clearTimeout(timer)
          reject(e)
        },
      )
    })
  }

  /** Resolves at the first applied frame matching pred (registered synchronously, so no race). */
  function whenFrame(pred: (f: Frame) => boolean, done: () => void): void {
    waiters.push({ pred, done })
  }

  function request(msg: Request, thenFrame = false, ms = timeoutMs): Promise<Reply> {
    watchdog?.sent()
    watchdog?.requestStarted()
    const done = () => watchdog?.requestEnded()
    const p = withTimeout<Reply>(msg.type, ms, (ok, fail) => {
      if (disposed) return fail(new Error('kafkascope: the simulation was stopped'))
      const id = nextId++
      pending.set(id, {
        onReply(reply) {
          // Frames produced by this request arrive after its reply, in order.
          const after = store.getState().seq
          if (thenFrame)
            whenFrame(
              (f) => f.seq > after && complete(f),
              () => ok(reply),
            )
          else ok(reply)
        },
        fail,
      })
      client.send({ ...msg, id } as ToWorker)
    })
    p.then(done, done)
    return p
  }

  function send(msg: ToWorker): void {
    if (disposed) return
    if (msg.type !== 'frameAck') watchdog?.sent(msg.type === 'step' ? (msg.ms ?? 0) : 0)
    client.send(msg)
  }

  return {
    send,
    request,
    async command(command, thenFrame = false) {
      return (await request({ type: 'command', command }, thenFrame)).result
    },
    async advance(ms) {
      await request({ type: 'advance', ms }, true)
    },
    seek(tick, ms = timeoutMs) {
      const target = Math.max(0, Math.floor(tick))
      // The time limit runs from the last sign of progress (a long seek replays in slices).
      return new Promise<void>((resolve, reject) => {
        const expire = () => {
          progressListeners.delete(extend)
          reject(new Error(`kafkascope: no answer to seek within ${ms} ms`))
        }
        let timer = setTimeout(expire, ms)
        const extend = () => {
          clearTimeout(timer)
          timer = setTimeout(expire, ms)
        }
        progressListeners.add(extend)
        // Its full view, then the diffs that bring the rest of the events up to it (a full view
        // carries at most a few thousand).
        let viewed = false
        whenFrame(
          (f) => {
            if (f.view !== undefined && f.tick >= target) viewed = true
            return viewed && f.tick >= target && complete(f)
          },
          () => {
            clearTimeout(timer)
            progressListeners.delete(extend)
            resolve()
          },
        )
        send({ type: 'seek', tick: target })
      })
    },
    async getRun() {
      return (await request({ type: 'getRun' })).run
    },
    dispose() {
      disposed = true
      watchdog?.stop()
      unsubscribe()
      for (const p of pending.values()) p.fail(new Error('kafkascope: the simulation was stopped'))
      pending.clear()
      waiters = []
    },
  }
}
