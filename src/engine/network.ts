// The network: requests and responses between brokers, the controller and clients, each with a
// seeded latency. A message in flight is the payload of its delivery timer (the view finds the
// messages in flight in the timer heap and places them by sim time). An isolated broker keeps its
// client links but loses its links to other brokers and to the controller; a dead broker has no
// links at all. A message that cannot be delivered is dropped and its sender is told so, as a TCP
// disconnect would.

import type { BrokerId, SimState, Tick } from './model'
import { randomInt } from './rng'
import { schedule } from './scheduler'

/** An endpoint: a broker id, or a client such as "producer:producer-1" / "consumer:g1/c1". */
export type Endpoint = BrokerId | string

export type MessageKind =
  | 'fetch'
  | 'fetchResponse'
  | 'produce'
  | 'produceResponse'
  | 'offsetsForLeaderEpoch'
  | 'offsetsForLeaderEpochResponse'
  | 'alterPartition'
  | 'alterPartitionResponse'
  | 'metadata'
  | 'group'
  | 'groupResponse'
  | 'consumerFetch'
  | 'consumerFetchResponse'
  | 'listOffsets'
  | 'listOffsetsResponse'
  | 'consumerEpochs'
  | 'consumerEpochsResponse'

/** Requests and their responses share a connection; different kinds of traffic use different ones. */
function channelOf(kind: MessageKind): string {
  switch (kind) {
    case 'fetch':
    case 'fetchResponse':
    case 'offsetsForLeaderEpoch':
    case 'offsetsForLeaderEpochResponse':
      return 'replication'
    case 'metadata':
    case 'alterPartition':
    case 'alterPartitionResponse':
      return 'controller'
    default:
      return 'client'
  }
}

export interface InFlight {
  readonly id: number
  readonly kind: MessageKind
  readonly from: Endpoint
  readonly to: Endpoint
  readonly sendTick: Tick
  readonly recvTick: Tick
  /** Partitions the message carries, for the view (e.g. ["orders-0"]). */
  readonly partitions: readonly string[]
  /** Number of records carried, for the view. */
  readonly records: number
  /** Per partition, for the view: records carried (responses) or fetch offsets (fetches). */
  readonly detail: Readonly<Record<string, number>> | undefined
  readonly payload: unknown
}

const NONE: readonly string[] = Object.freeze([])

/**
 * Per kind: its direction, its channel, and its link strings by client and server endpoint (a pure
 * cache: each string is built once). The kind decides the channel and the direction: a response
 * travels "down" the connection its request came up on.
 */
interface KindLinks {
  readonly response: boolean
  readonly channel: string
  readonly byClient: Map<Endpoint, Map<Endpoint, string>>
}
const kindLinks = new Map<MessageKind, KindLinks>()

/** "client>server:channel:up|down" of the connection a message travels on. */
function linkKey(from: Endpoint, to: Endpoint, kind: MessageKind): string {
  let k = kindLinks.get(kind)
  if (k === undefined) {
    k = { response: kind.endsWith('Response'), channel: channelOf(kind), byClient: new Map() }
    kindLinks.set(kind, k)
  }
  const a = k.response ? to : from
  const b = k.response ? from : to
  let byServer = k.byClient.get(a)
  if (byServer === undefined) {
    byServer = new Map()
    k.byClient.set(a, byServer)
  }
  let key = byServer.get(b)
  if (key === undefined) {
    key = `${a}>${b}:${k.channel}:${k.response ? 'down' : 'up'}`
    byServer.set(b, key)
  }
  return key
}

// Producer endpoints are interned (a pure cache): one string per producer, hashed once by the
// maps keyed by endpoints, and its id read back without slicing.
const producerEndpoints = new Map<string, string>()
const producerIds = new Map<string, string>()

/** "producer:<id>", the producer's network endpoint. */
export function producerEndpoint(id: string): string {
  let e = producerEndpoints.get(id)
  if (e === undefined) {
    e = `producer:${id}`
    producerEndpoints.set(id, e)
    producerIds.set(e, id)
  }
  return e
}

/** The producer id of a producer endpoint. */
export function producerIdOf(endpoint: Endpoint): string {
  return producerIds.get(String(endpoint)) ?? String(endpoint).slice('producer:'.length)
}

/** The messages in flight, in the order they were sent. */
export function messagesInFlight(sim: SimState): InFlight[] {
  const out: InFlight[] = []
  for (const t of sim.timers) if (t.kind === 'deliver') out.push(t.msg)
  return out.sort((a, b) => a.id - b.id)
}

export function brokerAlive(sim: SimState, b: BrokerId): boolean {
  const br = sim.brokers[b]
  return br !== undefined && br.status !== 'offline'
}

/** Whether a and b can talk right now. */
export function linkUp(sim: SimState, a: Endpoint, b: Endpoint): boolean {
  const aBroker = typeof a === 'number'
  const bBroker = typeof b === 'number'
  if (aBroker && !brokerAlive(sim, a)) return false
  if (bBroker && !brokerAlive(sim, b)) return false
  if (aBroker && bBroker && a !== b) {
    return sim.brokers[a]?.status !== 'isolated' && sim.brokers[b]?.status !== 'isolated'
  }
  return true
}

export function latency(sim: SimState, extra = 0): number {
  const { latencyMs, jitterMs } = sim.config.network
  return Math.max(1, latencyMs + (jitterMs > 0 ? randomInt(sim, jitterMs + 1) : 0) + extra)
}

/** Sends a message; returns its id, or null if the link is down (the caller handles the failure). */
export function send(
  sim: SimState,
  kind: MessageKind,
  from: Endpoint,
  to: Endpoint,
  payload: unknown,
  opts: {
    partitions?: readonly string[]
    records?: number
    extraLatency?: number
    detail?: Readonly<Record<string, number>>
  } = {},
): number | null {
  if (!linkUp(sim, from, to)) return null
  const id = sim.counters.messageId++
  // One TCP connection per client, server and kind of traffic; each direction delivers in order.
  // A response travels back on the connection its request came on, so a slow broker's own
  // fetches do not delay the answers it sends as a leader on the other brokers' connections.
  const link = linkKey(from, to, kind)
  const earliest = sim.linkClock[link] ?? 0
  const delay =
    from === to ? 0 : Math.max(latency(sim, opts.extraLatency ?? 0), earliest - sim.tick)
  sim.linkClock[link] = sim.tick + delay
  const msg: InFlight = {
    id,
    kind,
    from,
    to,
    sendTick: sim.tick,
    recvTick: sim.tick + delay,
    partitions: opts.partitions ?? NONE,
    records: opts.records ?? 0,
    // Always present (undefined when none): every message has the same shape.
    detail: opts.detail,
    payload,
  }
  schedule(sim, delay, { kind: 'deliver', msg })
  return id
}
