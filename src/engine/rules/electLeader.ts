// Models PartitionLeaderElectionAlgorithms (core/.../controller/PartitionStateMachine.scala) with
// the KRaft PartitionChangeBuilder.electLeader refinements: a still-valid current leader is kept,
// and "acceptable" means alive and not in controlled shutdown. Simplified: no ELR / last-known-leader
// recovery (KIP-966), no broker epochs or directory checks; unclean election only for 'offline',
// and a failed 'preferred' election keeps the current leader as the ZK algorithm does.

export type ElectionKind = 'offline' | 'preferred' | 'controlledShutdown' | 'reassign'

export interface ElectionInput {
  readonly assignment: readonly number[]
  readonly isr: readonly number[]
  readonly live: readonly number[]
  readonly shuttingDown?: readonly number[]
  readonly uncleanEnabled: boolean
  readonly currentLeader?: number | null
  readonly targetAssignment?: readonly number[]
}

export interface ElectionResult {
  readonly leader: number | null
  readonly unclean: boolean
}

const NO_LEADER: ElectionResult = { leader: null, unclean: false }

/** Picks the partition leader for the given trigger. */
export function chooseLeader(kind: ElectionKind, input: ElectionInput): ElectionResult {
  const shuttingDown = input.shuttingDown ?? []
  // isAcceptableLeader: registered, unfenced and not shutting down.
  const acceptable = (r: number) => input.live.includes(r) && !shuttingDown.includes(r)
  const targets =
    kind === 'reassign' ? (input.targetAssignment ?? input.assignment) : input.assignment
  // isValidNewLeader: a member of the ISR (and of the target replicas) that is acceptable.
  const valid = (r: number) => targets.includes(r) && input.isr.includes(r) && acceptable(r)
  const current = input.currentLeader ?? null

  if (kind === 'preferred') {
    const preferred = targets[0]
    if (preferred !== undefined && valid(preferred)) return { leader: preferred, unclean: false }
    return { leader: current, unclean: false }
  }

  // electAnyLeader: keep a current leader that still meets every constraint.
  if (current !== null && valid(current)) return { leader: current, unclean: false }

  const clean = targets.find(valid)
  if (clean !== undefined) return { leader: clean, unclean: false }

  if (kind === 'offline' && input.uncleanEnabled) {
    const unclean = targets.find(acceptable)
    if (unclean !== undefined) return { leader: unclean, unclean: true }
  }
  return NO_LEADER
}
