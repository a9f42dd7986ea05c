// Vector tests (kip101.json -> leaderElection, from PartitionLeaderElectionAlgorithmsTest @3.8.0)
// plus the KRaft PartitionChangeBuilder refinements (keep a valid current leader).

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ElectionKind } from './electLeader'
import { chooseLeader } from './electLeader'

interface ElectionVector {
  readonly strategy: ElectionKind
  readonly source: { readonly test: string }
  readonly assignment: number[]
  readonly isr: number[]
  readonly liveReplicas: number[]
  readonly expectedLeader: number | null
  readonly uncleanLeaderElectionEnabled?: boolean
  readonly shuttingDownBrokers?: number[]
}

const data = JSON.parse(
  readFileSync(new URL('./__vectors__/kip101.json', import.meta.url), 'utf8'),
) as { leaderElection: { vectors: ElectionVector[] } }

describe('PartitionLeaderElectionAlgorithms vectors', () => {
  const list = data.leaderElection.vectors
  it('has all 13 vectors', () => {
    expect(list).toHaveLength(13)
  })
  for (const [i, v] of list.entries()) {
    it(`#${i} ${v.strategy}: ${v.source.test}`, () => {
      const r = chooseLeader(v.strategy, {
        assignment: v.assignment,
        isr: v.isr,
        live: v.liveReplicas,
        shuttingDown: v.shuttingDownBrokers ?? [],
        uncleanEnabled: v.uncleanLeaderElectionEnabled ?? false,
        targetAssignment: v.strategy === 'reassign' ? v.assignment : undefined,
      })
      expect(r.leader).toBe(v.expectedLeader)
      const outsideIsr = v.expectedLeader !== null && !v.isr.includes(v.expectedLeader)
      expect(r.unclean).toBe(outsideIsr)
    })
  }
})

describe('KRaft refinements', () => {
  const base = { assignment: [1, 2, 3], isr: [1, 2, 3], live: [1, 2, 3], uncleanEnabled: false }

  it('keeps a current leader that is still valid', () => {
    expect(chooseLeader('offline', { ...base, currentLeader: 3 })).toEqual({
      leader: 3,
      unclean: false,
    })
    expect(
      chooseLeader('controlledShutdown', { ...base, currentLeader: 3, shuttingDown: [1] }),
    ).toEqual({ leader: 3, unclean: false })
  })

  it('moves away from a leader that is shutting down', () => {
    const r = chooseLeader('controlledShutdown', { ...base, currentLeader: 1, shuttingDown: [1] })
    expect(r).toEqual({ leader: 2, unclean: false })
  })

  it('offline election skips dead and out-of-ISR replicas in assignment order', () => {
    const r = chooseLeader('offline', { ...base, isr: [1, 3], live: [2, 3], currentLeader: 1 })
    expect(r).toEqual({ leader: 3, unclean: false })
  })

  it('unclean election takes the first live replica and never a shutting-down one', () => {
    const input = { ...base, isr: [1], live: [2, 3], shuttingDown: [2], uncleanEnabled: true }
    expect(chooseLeader('offline', input)).toEqual({ leader: 3, unclean: true })
    expect(chooseLeader('controlledShutdown', input)).toEqual({ leader: null, unclean: false })
  })

  it('preferred election picks assignment[0] or keeps the current leader', () => {
    expect(chooseLeader('preferred', { ...base, currentLeader: 2 })).toEqual({
      leader: 1,
      unclean: false,
    })
    expect(chooseLeader('preferred', { ...base, live: [2, 3], currentLeader: 2 })).toEqual({
      leader: 2,
      unclean: false,
    })
  })

  it('reassignment elects from the target replicas only', () => {
    const input = { ...base, isr: [1, 2, 3, 4], live: [1, 2, 3, 4], targetAssignment: [4, 3] }
    expect(chooseLeader('reassign', { ...input, currentLeader: 1 })).toEqual({
      leader: 4,
      unclean: false,
    })
    expect(chooseLeader('reassign', { ...input, currentLeader: 3 })).toEqual({
      leader: 3,
      unclean: false,
    })
  })
})

describe('properties', () => {
  const ids = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 5 })
  it('a clean leader is always live, in the ISR and the assignment; unclean only when allowed', () => {
    fc.assert(
      fc.property(
        ids,
        fc.subarray([0, 1, 2, 3, 4, 5, 6]),
        fc.subarray([0, 1, 2, 3, 4, 5, 6]),
        fc.boolean(),
        fc.constantFrom<ElectionKind>('offline', 'controlledShutdown', 'reassign'),
        (assignment, isr, live, uncleanEnabled, kind) => {
          const r = chooseLeader(kind, { assignment, isr, live, uncleanEnabled })
          if (r.leader === null) return !r.unclean
          const base = assignment.includes(r.leader) && live.includes(r.leader)
          if (r.unclean) return base && uncleanEnabled && kind === 'offline'
          return base && isr.includes(r.leader)
        },
      ),
    )
  })
})
