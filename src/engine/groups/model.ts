// Consumer-group state (the classic protocol). Filled in by the consumer-groups work.

export interface GroupsState {
  readonly groups: Record<string, unknown>
}

export function emptyGroups(): GroupsState {
  return { groups: {} }
}
