// The scheduler: a binary min-heap of timers ordered by (tick, sequence). The engine jumps from
// one due timer to the next instead of scanning every tick. Ties are broken by the sequence
// number, never by object key order, so a run is reproducible. Timers are immutable values; a
// timer that became irrelevant (a broker restarted, a fetch was answered) is recognised as stale
// by its handler and ignored, which is cheaper than removing it from the heap.

import type { BrokerId, SimState, Tick } from './model'

export type Timer =
  | { at: Tick; seq: number; kind: 'deliver'; msgId: number }
  | { at: Tick; seq: number; kind: 'heartbeat'; broker: BrokerId; inc: number }
  | { at: Tick; seq: number; kind: 'controllerCheck'; epoch: number }
  | { at: Tick; seq: number; kind: 'controllerElection' }
  | { at: Tick; seq: number; kind: 'isrExpiration'; broker: BrokerId; inc: number }
  | {
      at: Tick
      seq: number
      kind: 'fetchWaitExpired'
      leader: BrokerId
      follower: BrokerId
      parkId: number
    }
  | {
      at: Tick
      seq: number
      kind: 'sendFetch'
      follower: BrokerId
      leader: BrokerId
      token: number
    }
  | { at: Tick; seq: number; kind: 'hwCheckpoint'; broker: BrokerId; inc: number }
  | { at: Tick; seq: number; kind: 'pageFlush'; broker: BrokerId; inc: number }
  | { at: Tick; seq: number; kind: 'retentionCheck'; broker: BrokerId; inc: number }
  | { at: Tick; seq: number; kind: 'producerWake'; producer: string }
  | { at: Tick; seq: number; kind: 'purgatoryTimeout'; broker: BrokerId; requestId: number }
  | { at: Tick; seq: number; kind: 'requestTimeout'; producer: string; requestId: number }
  | { at: Tick; seq: number; kind: 'autoProduce'; producer: string; gen: number }
  | { at: Tick; seq: number; kind: 'retryEpochRequest'; replica: string; token: number }
  | {
      at: Tick
      seq: number
      kind: 'group'
      group: string
      action: string
      member?: string
      gen: number
    }

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never
export type TimerSpec = DistributiveOmit<Timer, 'at' | 'seq'>

function less(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq)
}

/** Schedules a timer `delay` ticks from now (at least now). */
export function schedule(sim: SimState, delay: number, spec: TimerSpec): void {
  scheduleAt(sim, sim.tick + Math.max(0, Math.round(delay)), spec)
}

export function scheduleAt(sim: SimState, at: Tick, spec: TimerSpec): void {
  const t = { ...spec, at: Math.max(at, sim.tick), seq: sim.counters.timerSeq++ } as Timer
  const h = sim.timers
  h.push(t)
  let i = h.length - 1
  while (i > 0) {
    const p = (i - 1) >> 1
    if (!less(h[i] as Timer, h[p] as Timer)) break
    ;[h[i], h[p]] = [h[p] as Timer, h[i] as Timer]
    i = p
  }
}

export function peekTimer(sim: SimState): Timer | undefined {
  return sim.timers[0]
}

export function popTimer(sim: SimState): Timer | undefined {
  const h = sim.timers
  const top = h[0]
  if (top === undefined) return undefined
  const end = h.pop() as Timer
  if (h.length > 0) {
    h[0] = end
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < h.length && less(h[l] as Timer, h[m] as Timer)) m = l
      if (r < h.length && less(h[r] as Timer, h[m] as Timer)) m = r
      if (m === i) break
      ;[h[i], h[m]] = [h[m] as Timer, h[i] as Timer]
      i = m
    }
  }
  return top
}
