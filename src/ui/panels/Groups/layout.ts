// Pure layout for the consumer-groups panel: member order and colours, where each partition chip
// sits (in its owner's card, giving up, or in the "no owner" tray), the lag bar's two segments
// (read but not committed / not read yet), the poll-interval and batch gauges, and the fetch
// tokens placed by simulated time. d3 supplies the scales; React renders. No DOM here.

import { interpolateNumber, scaleLinear } from 'd3'
import type { GroupMemberView, GroupPartitionView, GroupView } from '../../../engine/groups/view'
import type { MessageView } from '../../../engine/view'

/** Distinct member colours (groups.css defines --member-0 … --member-7 for both themes). */
export const MEMBER_COLOURS = 8

/** c1 → 0, c2 → 1, … (so a member keeps its colour when others come and go); others hashed. */
export function memberColour(clientId: string): number {
  const m = /(\d+)$/.exec(clientId)
  if (m !== null) return (Number(m[1]) - 1 + MEMBER_COLOURS) % MEMBER_COLOURS
  let h = 0
  for (let i = 0; i < clientId.length; i++) h = (h * 31 + clientId.charCodeAt(i)) >>> 0
  return h % MEMBER_COLOURS
}

/**
 * Natural order: c2 before c10. One shared collator: `a.localeCompare(b, 'en', { numeric: true })`
 * builds a new one on every call (thousands per refresh of a stress run's groups).
 */
export const compareClients: (a: string, b: string) => number = new Intl.Collator('en', {
  numeric: true,
}).compare

export function sortedMembers(members: readonly GroupMemberView[]): GroupMemberView[] {
  return [...members].sort((a, b) => compareClients(a.clientId, b.clientId))
}

export type ChipMode = 'owned' | 'revoking' | 'orphaned'

export interface Chip {
  readonly partition: string
  /** owned: consumed by a live member; revoking: it is giving it up; orphaned: its holder died. */
  readonly mode: ChipMode
}

export interface ChipHomes {
  readonly byMember: Readonly<Record<string, readonly Chip[]>>
  /** Partitions no member holds right now (during an eager rebalance: all of them). */
  readonly unowned: readonly string[]
}

/** Where each partition of the group is drawn: exactly once, so it can slide between cards. */
export function chipHomes(group: Pick<GroupView, 'members' | 'partitions'>): ChipHomes {
  const members = new Map(group.members.map((m) => [m.clientId, m]))
  const byMember: Record<string, Chip[]> = {}
  for (const m of group.members) byMember[m.clientId] = []
  const unowned: string[] = []
  for (const p of group.partitions) {
    const owner = p.owner === null ? undefined : members.get(p.owner)
    const list = owner === undefined ? undefined : byMember[owner.clientId]
    if (owner === undefined || list === undefined) {
      unowned.push(p.partition)
      continue
    }
    const mode: ChipMode =
      owner.status !== 'running'
        ? 'orphaned'
        : owner.pendingRevoke.includes(p.partition)
          ? 'revoking'
          : 'owned'
    list.push({ partition: p.partition, mode })
  }
  return { byMember, unowned }
}

/** Where every chip is drawn ("c1:p0,p1|c2:p2|-:p3"): changes exactly when a chip moves. */
export function homesSignature(homes: ChipHomes): string {
  let sig = ''
  for (const [member, chips] of Object.entries(homes.byMember))
    sig += `${member}:${chips.map((c) => c.partition).join(',')}|`
  return `${sig}-:${homes.unowned.join(',')}`
}

/** The two parts of a partition's lag, as percentages of the bar's full width. */
export interface LagBar {
  /** From the committed offset to the position: read, not yet committed (read again after a crash). */
  readonly uncommitted: number
  /** From the position to the HW: not read yet. */
  readonly unread: number
}

/** The bar's full width stands for this many records at least, so a lag of 2 looks small. */
export const LAG_SCALE_MIN = 10

export function lagBars(partitions: readonly GroupPartitionView[]): Record<string, LagBar> {
  let max = LAG_SCALE_MIN
  for (const p of partitions) if (p.lag !== null) max = Math.max(max, p.lag)
  const x = scaleLinear().domain([0, max]).range([0, 100]).clamp(true)
  const out: Record<string, LagBar> = {}
  for (const p of partitions) {
    const hw = p.hw ?? 0
    const committed = p.committed ?? 0
    const lag = Math.max(0, hw - committed)
    const pos = p.position === null ? committed : Math.min(hw, Math.max(committed, p.position))
    const uncommitted = x(pos - committed)
    out[p.partition] = { uncommitted, unread: Math.max(0, x(lag) - uncommitted) }
  }
  return out
}

/** 0..1 of a gauge (clamped; 0 when the whole is not positive). */
export function share(part: number, whole: number): number {
  if (!(whole > 0)) return 0
  return Math.min(1, Math.max(0, part / whole))
}

/** How far a message has travelled at `tick`: 0 when sent, 1 when received. */
export function progress(tick: number, sendTick: number, recvTick: number): number {
  if (recvTick <= sendTick) return tick >= recvTick ? 1 : 0
  return Math.min(1, Math.max(0, (tick - sendTick) / (recvTick - sendTick)))
}

export interface FetchToken {
  readonly id: number
  readonly broker: number
  readonly records: number
  readonly partitions: readonly string[]
  /** Left edge of the token along the lane, 0 (at the broker) to 100 (arrived), in %. */
  readonly x: number
}

const consumerPrefix = (group: string) => `consumer:${group}/`

/**
 * One token per fetched batch (a fetch response carrying records) on its way from a broker to a
 * consumer of `group`, keyed by client id and placed by simulated time only.
 */
export function fetchTokens(
  messages: Readonly<Record<string, MessageView>> | undefined,
  tick: number,
  group: string,
): Record<string, FetchToken[]> {
  const out: Record<string, FetchToken[]> = {}
  if (messages === undefined) return out
  const prefix = consumerPrefix(group)
  const along = interpolateNumber(0, 100)
  for (const m of Object.values(messages)) {
    if (m.kind !== 'consumerFetchResponse' || m.records <= 0) continue
    if (typeof m.to !== 'string' || !m.to.startsWith(prefix)) continue
    const broker = typeof m.from === 'number' ? m.from : Number(m.from)
    if (!Number.isFinite(broker)) continue
    const clientId = m.to.slice(prefix.length)
    const list = out[clientId] ?? []
    list.push({
      id: m.id,
      broker,
      records: m.records,
      partitions: m.partitions,
      x: along(progress(tick, m.sendTick, m.recvTick)),
    })
    out[clientId] = list
  }
  for (const list of Object.values(out)) list.sort((a, b) => a.id - b.id)
  return out
}
