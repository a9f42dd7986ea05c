// Test helpers for consumer groups: views, consumers, producing to a partition, waiting until a
// condition holds, the ownership invariant, and reading which records a topic holds.

import { get } from '../chunks'
import type { Consumer } from '../groups/model'
import { buildGroupsView, type GroupView } from '../groups/view'
import { recordIdAt } from '../log/replicaLog'
import type { SimState } from '../model'
import { replicaKey } from '../model'
import type { TestSim } from './run'

export function groupView(t: TestSim, group: string): GroupView {
  const v = buildGroupsView(t.sim).groups[group]
  if (v === undefined) throw new Error(`no group ${group}`)
  return v
}

export function consumer(t: TestSim, group: string, clientId: string): Consumer {
  const c = t.sim.groups.groups[group]?.consumers[clientId]
  if (c === undefined) throw new Error(`no consumer ${group}/${clientId}`)
  return c
}

/** Produces n records to one partition (explicitly), in separate commands. */
export function produceTo(
  t: TestSim,
  topic: string,
  partition: number,
  n: number,
  prefix = 'v',
): void {
  for (let i = 0; i < n; i++) {
    const r = t.do({ type: 'produce', topic, partition, key: null, value: `${prefix}${i}` })
    if (!r.ok) throw new Error(r.error.message)
  }
}

/** Advances in small steps until `cond` holds; throws after `max` ms. */
export function until(t: TestSim, cond: () => boolean, max = 60_000, step = 5): number {
  const start = t.sim.tick
  while (!cond()) {
    if (t.sim.tick - start > max) throw new Error(`condition not met within ${max} ms`)
    t.advance(step)
  }
  return t.sim.tick
}

/** Among running consumers of a generation, no partition has two owners. Returns violations. */
export function ownershipViolations(sim: SimState): string[] {
  const out: string[] = []
  for (const g of Object.values(sim.groups.groups)) {
    const owners = new Map<string, string>()
    for (const c of Object.values(g.consumers)) {
      if (c.status !== 'running' || c.generation < 0) continue
      for (const p of c.assigned) {
        const k = `${c.generation}/${p}`
        const other = owners.get(k)
        if (other !== undefined)
          out.push(`${g.id} gen ${c.generation}: ${p} owned by ${other} and ${c.clientId}`)
        owners.set(k, c.clientId)
      }
    }
  }
  return out
}

/** Record ids held by the partition leader below its HW, in offset order. */
export function committedRecordIds(sim: SimState, partition: string): number[] {
  const meta = sim.partitions[partition]
  if (meta === undefined || meta.leader === null) return []
  const r = sim.replicas[replicaKey(partition, meta.leader)]
  if (r === undefined) return []
  const out: number[] = []
  for (let o = r.log.logStartOffset; o < r.highWatermark; o++) {
    const id = recordIdAt(r.log, o)
    if (id !== undefined) out.push(id)
  }
  return out
}

export function timesProcessed(sim: SimState, group: string, id: number): number {
  const g = sim.groups.groups[group]
  return g === undefined ? 0 : (get(g.fate.counts, id) ?? 0)
}
