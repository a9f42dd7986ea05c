// How a replica is drawn: its state decides the icon, the colour, the border pattern and the
// words, so the state reads without colour (colour-blind safe, greyscale projectors) and without
// the icon (screen readers).

import type { MessageKey } from '../../i18n/catalog'
import type { IconName } from './icons'

export type ReplicaState = 'leader' | 'isr' | 'osr' | 'offline'

export const REPLICA_STATES: readonly ReplicaState[] = ['leader', 'isr', 'osr', 'offline']

export const REPLICA_ICON: Readonly<Record<ReplicaState, IconName>> = {
  leader: 'leader',
  isr: 'isr',
  osr: 'osr',
  offline: 'offline',
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
