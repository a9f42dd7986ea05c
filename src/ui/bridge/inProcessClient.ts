// The same SimHost on the main thread (?worker=0, component tests). Messages are delivered
// asynchronously in both directions, as with a real worker, so callers cannot depend on
// synchronous replies by accident.

import { SimHost } from '../../worker/host'
import type { FromWorker, ToWorker } from '../../worker/protocol'
import { listeners, type SimClient } from './simClient'

export interface InProcessOptions {
  /** Wall clock in ms (performance.now by default). */
  now?: () => number
}

export function createInProcessClient(opts: InProcessOptions = {}): SimClient {
  const now = opts.now ?? (() => performance.now())
  const subs = listeners<FromWorker>()
  let alive = true
  const host = new SimHost((msg) => {
    queueMicrotask(() => {
      if (alive) subs.emit(msg)
    })
  })
  let timer: ReturnType<typeof setTimeout> | null = null
  const loop = () => {
    if (!alive) return
    host.tick(now())
    timer = setTimeout(loop, host.isSeeking ? 0 : host.isPlaying ? 8 : 50)
  }
  loop()
  return {
    send(msg: ToWorker) {
      queueMicrotask(() => {
        if (alive) host.handle(msg)
      })
    },
    onMessage: (cb) => subs.add(cb),
    terminate() {
      alive = false
      if (timer !== null) clearTimeout(timer)
      subs.clear()
    },
    kill() {
      alive = false
      if (timer !== null) clearTimeout(timer)
    },
  }
}
