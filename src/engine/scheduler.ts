// The scheduler: a binary min-heap of timers ordered by (tick, sequence). The engine jumps from
// one due timer to the next instead of scanning every tick. Ties are broken by the sequence
// number, never by object key order, so a run is reproducible. Timers are immutable values; a
// timer that became irrelevant (a broker restarted, a fetch was answered) is recognised as stale
// by its handler and ignored, which is cheaper than removing it from the heap.

import type { BrokerId, SimState, Tick } from './model'

export type Timer =
  | { at: Tick; seq: number; kind: 'deliver'; msg: import('./network').InFlight }
  | { at: Tick; seq: number; kind: 'heartbeat'; broker: BrokerId; inc: number }
  | { at: Tick; seq: number; kind: 'controllerCheck'; epoch: number }
  | { at: Tick; seq: number; kind: 'controllerElection' }
  | { at: Tick; seq: number; kind: 'uncleanElectionCheck'; epoch: number }
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

/** Schedules a timer `delay` ticks from now (at least now). The spec object becomes the timer. */
export function schedule(sim: SimState, delay: number, spec: TimerSpec): void {
  scheduleAt(sim, sim.tick + (delay > 0 ? Math.round(delay) : 0), spec)
}

// The heap keeps each timer's (at, seq) in two parallel number arrays beside the timer objects, so
// ordering compares small integers in packed arrays instead of reading fields of timers of many
// shapes. Timers are immutable once scheduled: a checkpoint shares them.

export function scheduleAt(sim: SimState, at: Tick, spec: TimerSpec): void {
  const t = spec as Timer
  const when = at > sim.tick ? at : sim.tick
  const seq = sim.counters.timerSeq++
  t.at = when
  t.seq = seq
  const h = sim.timers
  const ats = sim.timerAt
  const seqs = sim.timerSeq
  let i = h.length
  h.push(t)
  ats.push(when)
  seqs.push(seq)
  while (i > 0) {
    const p = (i - 1) >> 1
    const pa = ats[p] as number
    if (pa < when || (pa === when && (seqs[p] as number) < seq)) break
    h[i] = h[p] as Timer
    ats[i] = pa
    seqs[i] = seqs[p] as number
    i = p
  }
  h[i] = t
  ats[i] = when
  seqs[i] = seq
}

export function peekTimer(sim: SimState): Timer | undefined {
  return sim.timers[0]
}

/** The tick of the next timer, or +Infinity when none is scheduled. */
export function nextTimerAt(sim: SimState): number {
  return sim.timers.length > 0 ? (sim.timerAt[0] as number) : Number.POSITIVE_INFINITY
}

export function popTimer(sim: SimState): Timer | undefined {
  const h = sim.timers
  const ats = sim.timerAt
  const seqs = sim.timerSeq
  const top = h[0]
  if (top === undefined) return undefined
  const end = h.pop() as Timer
  const endAt = ats.pop() as number
  const endSeq = seqs.pop() as number
  const n = h.length
  if (n > 0) {
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= n) break
      let m = l
      let ma = ats[l] as number
      let ms = seqs[l] as number
      const r = l + 1
      if (r < n) {
        const ra = ats[r] as number
        const rs = seqs[r] as number
        if (ra < ma || (ra === ma && rs < ms)) {
          m = r
          ma = ra
          ms = rs
        }
      }
      if (endAt < ma || (endAt === ma && endSeq < ms)) break
      h[i] = h[m] as Timer
      ats[i] = ma
      seqs[i] = ms
      i = m
    }
    h[i] = end
    ats[i] = endAt
    seqs[i] = endSeq
  }
  return top
}
