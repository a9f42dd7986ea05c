// The page's side of the worker boundary: something that carries ToWorker messages to a SimHost
// and FromWorker messages back. Two implementations: a real Web Worker (workerClient) and the same
// host on the main thread (inProcessClient, for ?worker=0 and tests).

import type { FromWorker, ToWorker } from '../../worker/protocol'

export type Unsubscribe = () => void

export interface SimClient {
  send(msg: ToWorker): void
  onMessage(cb: (msg: FromWorker) => void): Unsubscribe
  terminate(): void
  /** Test hook: ends the simulation as a crash would, silently (the page is not told). */
  kill?(): void
}

/** A tiny listener set shared by both clients. */
export function listeners<T>(): {
  add(cb: (v: T) => void): Unsubscribe
  emit(v: T): void
  clear(): void
} {
  const set = new Set<(v: T) => void>()
  return {
    add(cb) {
      set.add(cb)
      return () => set.delete(cb)
    },
    emit(v) {
      for (const cb of [...set]) cb(v)
    },
    clear() {
      set.clear()
    },
  }
}
