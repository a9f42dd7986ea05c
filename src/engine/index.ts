// kafkascope's engine: a deterministic simulation of Kafka 3.9 (KRaft) replication, producers and
// consumer groups. Pure TypeScript: the same in Node, in a Web Worker and in tests.

export { cloneState } from './clone'
export type { Command, CommandError, CommandResult } from './commands'
export * from './config'
export type { ViewDiff } from './diff'
export { applyViewDiff, diffViews, squashDiffs } from './diff'
export type { SimEvent, SimEventType } from './events'
export type { GroupCommand } from './groups/commands'
export type { AutoOffsetReset, CommitPolicy, ConsumerConfig } from './groups/config'
export {
  COMMIT_POLICY_INFO,
  CONSUMER_CONFIG_INFO,
  DEFAULT_CONSUMER_CONFIG,
  rebalanceProtocolOf,
} from './groups/config'
export { describeGroup, formatOffsetTable, offsetRows } from './groups/describeGroups'
export type { GroupEvent } from './groups/events'
export type { ResetTarget } from './groups/resetOffsets'
export type {
  GroupMemberView,
  GroupPartitionView,
  GroupsView,
  GroupView,
  MemberState,
} from './groups/view'
export type { AssignorMember, AssignorName } from './kafka/assignors'
export { assignPartitions } from './kafka/assignors'
export { coordinatorPartition, javaStringHashCode } from './kafka/javaHash'
export { murmur2, toPositive, utf8Bytes } from './kafka/murmur2'
export { partitionForKey } from './kafka/partitioner'
export type { SimState } from './model'
export { FATE } from './model'
export type { Scenario } from './scenarios'
export { findScenario, SCENARIOS } from './scenarios'
export { applyCommand, createSim, DEFAULT_PRODUCER, validateCommand } from './sim'
export { runNextTick, runUntil } from './step'
export type { Run, RunInput } from './timeline'
export { replay, Timeline } from './timeline'
export { ConfigError, validateClusterConfig } from './validate'
export type {
  BrokerView,
  CellView,
  Focus,
  FocusView,
  MessageView,
  PartitionView,
  ProducerView,
  ReplicaView,
  SimView,
  TopicView,
} from './view'
export { buildView } from './view'
