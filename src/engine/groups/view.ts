// The consumer groups as the UI sees them. Filled in by the consumer-groups work.

import type { SimState } from '../model'

export interface GroupsView {
  readonly groups: Readonly<Record<string, unknown>>
}

export function buildGroupsView(_sim: SimState): GroupsView {
  return { groups: {} }
}
