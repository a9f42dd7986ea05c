// How a replica is drawn: its state decides the glyph, the colour and the words, so the state
// reads without colour (colour-blind safe) and without the glyph (screen readers).

import type { MessageKey } from '../../i18n/catalog'

export type ReplicaState = 'leader' | 'isr' | 'osr' | 'offline'

export const REPLICA_GLYPH: Readonly<Record<ReplicaState, string>> = {
  leader: '★',
  isr: '●',
  osr: '◌',
  offline: '✕',
}

export const REPLICA_LABEL: Readonly<Record<ReplicaState, MessageKey>> = {
  leader: 'replica.leader',
  isr: 'replica.isr',
  osr: 'replica.osr',
  offline: 'replica.offline',
}

export function replicaState(
  isLeader: boolean,
  inSync: boolean,
  brokerOffline: boolean,
): ReplicaState {
  if (brokerOffline) return 'offline'
  if (isLeader) return 'leader'
  return inSync ? 'isr' : 'osr'
}
