// Routes consumer-group messages and timers to their rules. Filled in by the consumer-groups work.

import type { Ctx } from '../ctx'
import type { InFlight } from '../network'
import type { Timer } from '../scheduler'

export function handleGroupDelivery(_ctx: Ctx, _m: InFlight): void {}
export function handleGroupUndeliverable(_ctx: Ctx, _m: InFlight): void {}
export function handleGroupTimer(_ctx: Ctx, _t: Extract<Timer, { kind: 'group' }>): void {}
