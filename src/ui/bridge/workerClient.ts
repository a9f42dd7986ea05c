// The simulation in a Web Worker: the engine's clock and replays never block the page.

import { decodeWire } from '../../engine/wire'
import type { FromWorker } from '../../worker/protocol'
import { listeners, type SimClient } from './simClient'

export function createWorkerClient(): SimClient {
  const worker = new Worker(new URL('../../worker/sim.worker.ts', import.meta.url), {
    type: 'module',
  })
  const subs = listeners<FromWorker>()
  // Frames come in the compact wire format (worker/wire.ts).
  worker.onmessage = (e: MessageEvent<FromWorker>) =>
    subs.emit(e.data.type === 'frame' ? (decodeWire(e.data) as FromWorker) : e.data)
  // A worker that fails to load or throws outside the host's try/catch reports here; surface it as
  // a fatal protocol error so the page shows its "Restart simulation" alert.
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault()
    subs.emit({ type: 'error', message: e.message || 'the simulation worker failed', fatal: true })
  }
  worker.onmessageerror = () => {
    subs.emit({
      type: 'error',
      message: 'a message from the worker could not be read',
      fatal: true,
    })
  }
  return {
    send: (msg) => worker.postMessage(msg),
    onMessage: (cb) => subs.add(cb),
    terminate() {
      subs.clear()
      worker.terminate()
    },
    kill: () => worker.terminate(),
  }
}
