// Wires a SimClient to the store: frames go into applyFrame, each frame is acknowledged once the
// page has painted it (the worker sends the next frame only then: natural backpressure), a gap in
// the diff sequence asks for a full view, and requests with ids resolve with their reply.

import type { Command, CommandResult } from '../../engine/commands'
import type { Run } from '../../engine/timeline'
import type { Frame, FromWorker, ToWorker } from '../../worker/protocol'
import type { SimStoreApi } from '../store/createSimStore'
import type { SimClient } from './simClient'

type WithId = Extract<ToWorker, { id: number }>
/** A request without its id (the connection numbers it). */
export type Request = WithId extends infer M ? (M extends WithId ? Omit<M, 'id'> : never) : never
export type Reply = Extract<FromWorker, { type: 'reply' }>

export interface Connection {
  send(msg: ToWorker): void
  /** Sends a request; resolves with its reply, or (thenFrame) once the frame after it is in the store. */
  request(msg: Request, thenFrame?: boolean): Promise<Reply>
  command(command: Command, thenFrame?: boolean): Promise<CommandResult>
  advance(ms: number): Promise<void>
  seek(tick: number): Promise<void>
  getRun(): Promise<Run | undefined>
  dispose(): void
}

export interface ConnectOptions {
  /** Runs cb after the next paint (rAF + task); injectable for tests. */
  afterPaint?: (cb: () => void) => void
  /** How long a request may wait for its reply or frame. */
  timeoutMs?: number
}

function defaultAfterPaint(cb: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(cb, 0))
  else setTimeout(cb, 0)
}

/** A frame carries every event up to the cursor (the worker caps events per frame). */
const complete = (f: Frame) => f.eventsFrom + f.events.length >= f.eventCount

export function connect(
  store: SimStoreApi,
  client: SimClient,
  opts: ConnectOptions = {},
): Connection {
  const afterPaint = opts.afterPaint ?? defaultAfterPaint
  const timeoutMs = opts.timeoutMs ?? 15_000
  let nextId = 1
  let disposed = false
  const pending = new Map<number, { onReply: (r: Reply) => void; fail: (e: Error) => void }>()
  let waiters: { pred: (f: Frame) => boolean; done: () => void }[] = []

  function onFrame(f: Frame): void {
    if (!store.getState().applyFrame(f)) {
      // A diff we cannot apply (lost or reordered frame): ask for a full view, and acknowledge
      // so the worker is free to send it.
      client.send({ type: 'resync' })
      client.send({ type: 'frameAck', seq: f.seq })
      return
    }
    const ready = waiters.filter((w) => w.pred(f))
    waiters = waiters.filter((w) => !ready.includes(w))
    for (const w of ready) w.done()
    afterPaint(() => {
      if (!disposed) client.send({ type: 'frameAck', seq: f.seq })
    })
  }

  const unsubscribe = client.onMessage((msg) => {
    switch (msg.type) {
      case 'frame':
        onFrame(msg)
        return
      case 'reply': {
        const p = pending.get(msg.id)
        pending.delete(msg.id)
        p?.onReply(msg)
        return
      }
      case 'error':
        if (msg.fatal) store.getState().setWorkerError(msg.message)
        else
          store
            .getState()
            .addNotice({ kind: 'error', key: 'notice.simError', params: { message: msg.message } })
        return
    }
  })

  function withTimeout<T>(
    what: string,
    run: (ok: (v: T) => void, fail: (e: Error) => void) => void,
  ) {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`kafkascope: no answer to ${what} within ${timeoutMs} ms`)),
        timeoutMs,
      )
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

  function request(msg: Request, thenFrame = false): Promise<Reply> {
    return withTimeout<Reply>(msg.type, (ok, fail) => {
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
  }

  return {
    send(msg) {
      if (!disposed) client.send(msg)
    },
    request,
    async command(command, thenFrame = false) {
      return (await request({ type: 'command', command }, thenFrame)).result
    },
    async advance(ms) {
      await request({ type: 'advance', ms }, true)
    },
    seek(tick) {
      const target = Math.max(0, Math.floor(tick))
      return withTimeout<void>('seek', (ok) => {
        whenFrame(
          (f) => f.view !== undefined && f.tick >= target && complete(f),
          () => ok(),
        )
        client.send({ type: 'seek', tick: target })
      })
    },
    async getRun() {
      return (await request({ type: 'getRun' })).run
    },
    dispose() {
      disposed = true
      unsubscribe()
      for (const p of pending.values()) p.fail(new Error('kafkascope: the simulation was stopped'))
      pending.clear()
      waiters = []
    },
  }
}
