// Hand-made member and partition views for the groups panel's unit tests.

import type { GroupMemberView, GroupPartitionView } from '../../../engine/groups/view'

export function member(clientId: string, over: Partial<GroupMemberView> = {}): GroupMemberView {
  return {
    clientId,
    memberId: `${clientId}-0000`,
    groupInstanceId: null,
    host: '/10.0.0.1',
    state: 'stable',
    status: 'running',
    app: 'polling',
    leader: false,
    generation: 1,
    assigned: [],
    pendingRevoke: [],
    inGroup: true,
    msSinceLastPoll: 0,
    batchSize: 0,
    batchDone: 0,
    ...over,
  }
}

export function part(
  partition: string,
  over: Partial<GroupPartitionView> = {},
): GroupPartitionView {
  const i = partition.lastIndexOf('-')
  return {
    partition,
    topic: partition.slice(0, i),
    index: Number(partition.slice(i + 1)),
    owner: null,
    position: null,
    committed: null,
    hw: null,
    lag: null,
    ...over,
  }
}
