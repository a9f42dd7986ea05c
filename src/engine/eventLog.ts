// The run's event log, as the timeline keeps it: every event of the branch, in order. A long run
// produces hundreds of thousands of events (bench-stress about 90 a simulated second) and the page
// asks only for recent ones while playing, so the log keeps the latest HOT_EVENTS or more as
// objects and seals older ones in blocks of BLOCK events, each one string (JSON of the compact
// form of wire.ts: field names once per event shape), about a quarter of the objects' memory.
// A block is parsed again only when asked for (a seek back, a resync, a fork into it; the last one
// parsed is cached). Every event's tick and type stay at hand in typed arrays, for counting the
// events up to a tick and for the timeline markers, without parsing anything.
// A block codec (setBlockCodec; the worker loads deflate a moment after it starts) packs sealed
// blocks to about a tenth of their text: a block sealed before it arrived is packed at the next
// seal. Packing is lossless, so nothing a run shows depends on whether it is there.

import type { SimEvent } from './events'
import { decodeWire, encodeWire } from './wire'

export const BLOCK = 1024
export const HOT_EVENTS = 4096

/** Packs a sealed block's text and unpacks it again, exactly. */
export interface BlockCodec {
  pack(text: string): Uint8Array
  unpack(packed: Uint8Array): string
}

let codec: BlockCodec | null = null

/** Packs the blocks sealed from now on (and those sealed before, at the next seal). */
export function setBlockCodec(c: BlockCodec): void {
  codec = c
}

export class EventLog {
  /** Sealed events [k·BLOCK, (k+1)·BLOCK) as the JSON of their compact form, packed or not. */
  private blocks: (string | Uint8Array)[] = []
  /** Blocks before this index are packed (or there was no codec when they were sealed). */
  private packedUpTo = 0
  /** Events from blocks.length·BLOCK on. */
  private tail: SimEvent[] = []
  private ticks = new Float64Array(1024)
  private types = new Uint16Array(1024)
  private n = 0
  private typeNames: string[] = []
  private typeIndex = new Map<string, number>()
  private cache: { block: number; events: SimEvent[] } | null = null

  /** `block` and `hot` other than the defaults are for tests. */
  constructor(
    private readonly blockSize = BLOCK,
    private readonly hot = HOT_EVENTS,
  ) {}

  get length(): number {
    return this.n
  }

  push(e: SimEvent): void {
    if (this.n === this.ticks.length) {
      const ticks = new Float64Array(this.n * 2)
      ticks.set(this.ticks)
      this.ticks = ticks
      const types = new Uint16Array(this.n * 2)
      types.set(this.types)
      this.types = types
    }
    let ti = this.typeIndex.get(e.type)
    if (ti === undefined) {
      ti = this.typeNames.length
      this.typeNames.push(e.type)
      this.typeIndex.set(e.type, ti)
    }
    this.ticks[this.n] = e.tick
    this.types[this.n] = ti
    this.n++
    this.tail.push(e)
    if (this.tail.length >= this.hot + this.blockSize) {
      this.blocks.push(JSON.stringify(encodeWire(this.tail.slice(0, this.blockSize), true)))
      this.tail = this.tail.slice(this.blockSize)
      this.pack()
    }
  }

  /** How many events have a tick at or before `t` (events are in tick order). */
  countUpTo(t: number): number {
    let lo = 0
    let hi = this.n
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.ticks[mid] as number) <= t) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** The tick and type of event i (< length). */
  tickAt(i: number): number {
    return this.ticks[i] as number
  }
  typeAt(i: number): string {
    return this.typeNames[this.types[i] as number] as string
  }

  /** Packs the blocks not packed yet, when there is a codec. */
  private pack(): void {
    if (codec === null) return
    for (; this.packedUpTo < this.blocks.length; this.packedUpTo++) {
      const b = this.blocks[this.packedUpTo]
      if (typeof b === 'string') this.blocks[this.packedUpTo] = codec.pack(b)
    }
  }

  /** Bytes the sealed blocks take (packed ones as packed; text at a byte a character). */
  get sealedBytes(): number {
    let n = 0
    for (const b of this.blocks) n += typeof b === 'string' ? b.length : b.byteLength
    return n
  }

  private block(k: number): SimEvent[] {
    if (this.cache?.block !== k) {
      const b = this.blocks[k] as string | Uint8Array
      // A packed block implies a codec: it is only ever set, never taken away.
      const text = typeof b === 'string' ? b : (codec as BlockCodec).unpack(b)
      this.cache = { block: k, events: decodeWire(JSON.parse(text)) as SimEvent[] }
    }
    return this.cache.events
  }

  /** Events [from, to). */
  slice(from: number, to: number): SimEvent[] {
    const start = Math.max(0, from)
    const end = Math.min(to, this.n)
    if (start >= end) return []
    const sealed = this.blocks.length * this.blockSize
    if (start >= sealed) return this.tail.slice(start - sealed, end - sealed)
    const out: SimEvent[] = []
    for (let i = start; i < Math.min(end, sealed); ) {
      const k = Math.floor(i / this.blockSize)
      const events = this.block(k)
      const upTo = Math.min(end, (k + 1) * this.blockSize)
      for (let j = i - k * this.blockSize; j < upTo - k * this.blockSize; j++)
        out.push(events[j] as SimEvent)
      i = upTo
    }
    if (end > sealed) for (let j = 0; j < end - sealed; j++) out.push(this.tail[j] as SimEvent)
    return out
  }

  /** Keeps the first n events. */
  truncate(n: number): void {
    if (n >= this.n) return
    const keep = Math.max(0, n)
    const sealed = this.blocks.length * this.blockSize
    if (keep >= sealed) this.tail.length = keep - sealed
    else {
      const k = Math.floor(keep / this.blockSize)
      this.tail = this.block(k).slice(0, keep - k * this.blockSize)
      this.blocks.length = k
      this.packedUpTo = Math.min(this.packedUpTo, k)
      this.cache = null
    }
    this.n = keep
  }
}
