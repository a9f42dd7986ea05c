// Deflate for the event log's sealed blocks (engine/eventLog.ts): about a tenth of their text. A
// busy run seals a block of 1024 events every ten simulated seconds or so (bench-stress: 60
// simulated minutes are 74 MB of text, 7 MB packed). fflate does it in a few milliseconds a block,
// far better than code of ours would; it is its own chunk, loaded a moment after the worker starts
// so the first load does not wait for it (blocks sealed before are packed when it arrives).

import { setBlockCodec } from '../engine/eventLog'

export const CODEC_DELAY_MS = 3000

export async function loadEventCodec(): Promise<void> {
  const { deflateSync, inflateSync, strFromU8, strToU8 } = await import('fflate')
  setBlockCodec({
    pack: (text) => deflateSync(strToU8(text), { level: 6 }),
    unpack: (packed) => strFromU8(inflateSync(packed)),
  })
}
