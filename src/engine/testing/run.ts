// Test helpers: a simulation driven by commands and time, with its events collected.

import type { Command, CommandResult } from '../commands'
import type { PartialClusterConfig } from '../config'
import type { Ctx } from '../ctx'
import type { SimEvent } from '../events'
import type { SimState } from '../model'
import { replicaKey } from '../model'
import { applyCommand, createSim } from '../sim'
import { runUntil } from '../step'

export class TestSim {
  readonly sim: SimState
  readonly events: SimEvent[] = []
  constructor(seed = 1, config: PartialClusterConfig = {}) {
    this.sim = createSim(seed, config)
  }
  private ctx(): Ctx {
    return { sim: this.sim, events: this.events }
  }
  do(cmd: Command): CommandResult {
    const ctx = this.ctx()
    const r = applyCommand(ctx, cmd)
    runUntil(ctx, this.sim.tick)
    return r
  }
  advance(ms: number): this {
    runUntil(this.ctx(), this.sim.tick + ms)
    return this
  }
  replica(p: string, b: number) {
    const r = this.sim.replicas[replicaKey(p, b)]
    if (r === undefined) throw new Error(`no replica ${p}@${b}`)
    return r
  }
  meta(p: string) {
    const m = this.sim.partitions[p]
    if (m === undefined) throw new Error(`no partition ${p}`)
    return m
  }
  leaderOf(p: string): number | null {
    return this.meta(p).leader
  }
  ofType<T extends SimEvent['type']>(t: T): Extract<SimEvent, { type: T }>[] {
    return this.events.filter((e) => e.type === t) as Extract<SimEvent, { type: T }>[]
  }
}
