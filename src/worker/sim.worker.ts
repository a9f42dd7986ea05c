// The Web Worker adapter: messages in, frames out, and a timer loop that drives the clock.
// The simulation itself lives in SimHost and the engine, which know nothing of workers. Frames
// travel in the compact wire format (wire.ts), which the page's worker client decodes.

import { encodeWire } from '../engine/wire'
import { CODEC_DELAY_MS, loadEventCodec } from './eventCodec'
import { SimHost } from './host'
import type { ToWorker } from './protocol'

declare const self: DedicatedWorkerGlobalScope

const host = new SimHost((msg) => self.postMessage(msg.type === 'frame' ? encodeWire(msg) : msg))
self.onmessage = (e: MessageEvent<ToWorker>) => host.handle(e.data)

function loop(): void {
  host.tick(performance.now())
  setTimeout(loop, host.isSeeking ? 0 : host.isPlaying ? 8 : 50)
}
loop()
// Without it the event log keeps its sealed blocks as text: more memory, nothing else changes.
setTimeout(() => loadEventCodec().catch(() => {}), CODEC_DELAY_MS)
