// Small lookups and helpers shared by the consumer-group rules: sequence numbers, the group's
// __consumer_offsets partition (coordinatorPartition = Utils.abs(groupId.hashCode()) % n), the
// live leader replica of a partition, and answering a client (a reply that cannot leave a dead
// broker reaches the client as a dropped connection, NETWORK_EXCEPTION, at once).

import { coordinatorPartition } from '../kafka/javaHash'
import type { BrokerId, Replica, SimState } from '../model'
import { partitionKey, replicaKey } from '../model'
import { send } from '../network'
import { randomInt } from '../rng'
import { OFFSETS_TOPIC } from './config'
import type { Consumer, GroupEntry } from './model'
import { consumerEndpoint, touchGroup, touchMember } from './model'
import type { GroupResponse } from './protocol'

export function nextSeq(sim: SimState): number {
  return sim.groups.seq++
}

export function groupEntry(sim: SimState, group: string): GroupEntry | undefined {
  return Object.hasOwn(sim.groups.groups, group) ? sim.groups.groups[group] : undefined
}

export function consumerOf(sim: SimState, group: string, clientId: string): Consumer | undefined {
  const g = groupEntry(sim, group)
  return g !== undefined && Object.hasOwn(g.consumers, clientId) ? g.consumers[clientId] : undefined
}

/** The group's partition of __consumer_offsets ("__consumer_offsets-3"), null before it exists. */
export function offsetsPartitionOf(sim: SimState, group: string): string | null {
  const t = sim.topics[OFFSETS_TOPIC]
  if (t === undefined) return null
  return partitionKey(OFFSETS_TOPIC, coordinatorPartition(group, t.partitions))
}

export function brokerUp(sim: SimState, b: BrokerId): boolean {
  const br = sim.brokers[b]
  return br !== undefined && br.status !== 'offline'
}

/** The replica that acts as leader on a live broker, preferring the highest leader epoch. */
export function actingLeader(sim: SimState, partition: string): Replica | undefined {
  const meta = sim.partitions[partition]
  if (meta === undefined) return undefined
  let best: Replica | undefined
  for (const b of meta.replicas) {
    const r = sim.replicas[replicaKey(partition, b)]
    if (r === undefined || r.role !== 'leader' || !brokerUp(sim, b)) continue
    if (best === undefined || r.leaderEpoch > best.leaderEpoch) best = r
  }
  return best
}

/** The leader's replica as the controller's metadata names it (what clients read from). */
export function leaderReplica(sim: SimState, partition: string): Replica | undefined {
  const leader = sim.partitions[partition]?.leader
  if (leader === null || leader === undefined) return undefined
  const r = sim.replicas[replicaKey(partition, leader)]
  return r !== undefined && r.role === 'leader' && brokerUp(sim, leader) ? r : undefined
}

/** Answers a client; from a dead broker the client sees its connection drop instead. */
export function replyTo(
  sim: SimState,
  broker: BrokerId,
  group: string,
  clientId: string,
  resp: GroupResponse,
  partitions: readonly string[] = [],
): void {
  const to = consumerEndpoint(group, clientId)
  if (send(sim, 'groupResponse', broker, to, resp, { partitions }) !== null) return
  send(sim, 'groupResponse', to, to, { ...resp, error: 'NETWORK_EXCEPTION' })
}

export function touches(group: string, clientId?: string): string[] {
  return clientId === undefined
    ? [touchGroup(group)]
    : [touchGroup(group), touchMember(group, clientId)]
}

/** A seeded java.util.UUID.randomUUID() string. */
export function seededUuid(sim: SimState): string {
  const hex = '0123456789abcdef'
  let s = ''
  for (let i = 0; i < 32; i++) {
    let d = randomInt(sim, 16)
    if (i === 12) d = 4
    if (i === 16) d = 8 + (d & 3)
    s += hex[d]
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-'
  }
  return s
}

export function sortedPartitions(list: Iterable<string>): string[] {
  return [...list].sort(comparePartitions)
}

/** Topic name, then partition number. */
export function comparePartitions(a: string, b: string): number {
  const i = a.lastIndexOf('-')
  const j = b.lastIndexOf('-')
  const ta = a.slice(0, i)
  const tb = b.slice(0, j)
  if (ta !== tb) return ta < tb ? -1 : 1
  return Number(a.slice(i + 1)) - Number(b.slice(j + 1))
}
