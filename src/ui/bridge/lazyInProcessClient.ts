// ?worker=0 is rare (debugging, old browsers), so the main-thread host and the whole engine it
// pulls in are loaded only when asked for: this client queues messages until the module is in.

import type { FromWorker, ToWorker } from '../../worker/protocol'
import { listeners, type SimClient } from './simClient'

export function createLazyInProcessClient(): SimClient {
  const subs = listeners<FromWorker>()
  let queue: ToWorker[] | null = []
  let inner: SimClient | null = null
  let terminated = false
  import('./inProcessClient')
    .then(({ createInProcessClient }) => {
      if (terminated) return
      inner = createInProcessClient()
      inner.onMessage((m) => subs.emit(m))
      for (const m of queue ?? []) inner.send(m)
      queue = null
    })
    .catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err)
      subs.emit({
        type: 'error',
        message: `could not load the simulation: ${message}`,
        fatal: true,
      })
    })
  return {
    send(msg) {
      if (inner !== null) inner.send(msg)
      else queue?.push(msg)
    },
    onMessage: (cb) => subs.add(cb),
    terminate() {
      terminated = true
      inner?.terminate()
      subs.clear()
    },
    kill() {
      inner?.kill?.()
    },
  }
}
