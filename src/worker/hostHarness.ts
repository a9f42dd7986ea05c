// Tests only: a SimHost run in-process, the messages it posted, and a page that acknowledges.

import { SimHost } from './host'
import type { Frame, FromWorker } from './protocol'

export function harness() {
  const out: FromWorker[] = []
  const host = new SimHost((m) => out.push(m))
  const frames = () => out.filter((m): m is Frame => m.type === 'frame')
  /** Acknowledges frames until the host has nothing more to send (as a page would, frame by frame). */
  const ack = () => {
    for (let n = -1; n !== frames().length; ) {
      n = frames().length
      host.handle({ type: 'frameAck', seq: (frames()[n - 1] as Frame).seq })
    }
  }
  return { host, out, frames, ack }
}
