// A replica's role as shape AND colour AND words (the same glyphs as the broker cards).

import type { MessageKey } from '../../i18n/catalog'

export type ReplicaState = 'leader' | 'isr' | 'osr' | 'offline'

export const ROLE_GLYPH: Readonly<Record<ReplicaState, string>> = {
  leader: '★',
  isr: '●',
  osr: '◌',
  offline: '✕',
}

export const ROLE_LABEL: Readonly<Record<ReplicaState, MessageKey>> = {
  leader: 'replica.leader',
  isr: 'replica.isr',
  osr: 'replica.osr',
  offline: 'replica.offline',
}
