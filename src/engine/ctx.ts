// The context every rule receives: the state it may change and the list it reports events to.

import type { SimEvent } from './events'
import type { SimState } from './model'

export interface Ctx {
  readonly sim: SimState
  readonly events: SimEvent[]
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
export type EventInput = DistributiveOmit<SimEvent, 'tick'>

/** Reports an event; `ev` (a fresh object literal at every call) becomes the event. */
export function emit(ctx: Ctx, ev: EventInput): void {
  ;(ev as { tick?: number }).tick = ctx.sim.tick
  ctx.events.push(ev as SimEvent)
}

export const touchBroker = (b: number): string => `broker-${b}`
export const touchPartition = (p: string): string => `partition-${p}`
export const touchReplica = (p: string, b: number): string => `replica-${p}-${b}`
