// `kafka-consumer-groups.sh --describe --group <g>` as a pure function of the group's view
// (ConsumerGroupCommand.collectGroupsOffsets / printOffsets, 3.9): rows per assigned partition
// (bigger members first), then committed partitions nobody owns, "-" for what is missing, columns
// "%-Gs %-Ts %-10s %-15s %-15s %-15s %-Cs %-Hs %s" (G, T, C, H ≥ 15); LOG-END-OFFSET is the HW.
// Simplified: members keep the coordinator's insertion order (Kafka's comes from a HashMap).

import type { GroupView } from './view'

const MISSING = '-'

export interface OffsetRow {
  readonly group: string
  readonly topic: string
  readonly partition: string
  readonly currentOffset: string
  readonly logEndOffset: string
  readonly lag: string
  readonly consumerId: string
  readonly host: string
  readonly clientId: string
}

/** Java's String.format("%-Ns", s): left-justified, padded with spaces to N, never cut. */
function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length)
}

function splitPartition(p: string): { topic: string; partition: number } {
  const i = p.lastIndexOf('-')
  return { topic: p.slice(0, i), partition: Number(p.slice(i + 1)) }
}

function byTopicPartition(a: string, b: string): number {
  const x = splitPartition(a)
  const y = splitPartition(b)
  if (x.topic !== y.topic) return x.topic < y.topic ? -1 : 1
  return x.partition - y.partition
}

/** The rows collectGroupOffsets builds for one group. */
export function offsetRows(view: GroupView): OffsetRow[] {
  const d = view.describe
  const row = (p: string, consumerId: string, host: string, clientId: string): OffsetRow => {
    const o = d.offsets[p]
    const committed = o?.committed ?? null
    const logEnd = o?.logEnd ?? null
    const { topic, partition } = splitPartition(p)
    return {
      group: view.id,
      topic,
      partition: String(partition),
      currentOffset: committed === null ? MISSING : String(committed),
      logEndOffset: logEnd === null ? MISSING : String(logEnd),
      lag: committed === null || logEnd === null ? MISSING : String(logEnd - committed),
      consumerId,
      host,
      clientId,
    }
  }
  const rows: OffsetRow[] = []
  const assigned = new Set<string>()
  const withPartitions = d.members
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.assignment.length > 0)
    .sort((a, b) => b.m.assignment.length - a.m.assignment.length || a.i - b.i)
  for (const { m } of withPartitions) {
    for (const p of [...m.assignment].sort(byTopicPartition)) {
      assigned.add(p)
      rows.push(row(p, m.memberId, m.host, m.clientId))
    }
  }
  const rest = Object.keys(d.offsets)
    .filter((p) => !assigned.has(p) && d.offsets[p]?.committed !== null)
    .sort(byTopicPartition)
  for (const p of rest) rows.push(row(p, MISSING, MISSING, MISSING))
  return rows
}

/** printOffsets' table for the rows (header included). */
export function formatOffsetTable(rows: readonly OffsetRow[]): string {
  let g = 15
  let t = 15
  let c = 15
  let h = 15
  for (const r of rows) {
    g = Math.max(g, r.group.length)
    t = Math.max(t, r.topic.length)
    c = Math.max(c, r.consumerId.length)
    h = Math.max(h, r.host.length)
  }
  const line = (cols: readonly string[]): string =>
    `\n${pad(cols[0] ?? '', g)} ${pad(cols[1] ?? '', t)} ${pad(cols[2] ?? '', 10)} ${pad(cols[3] ?? '', 15)} ${pad(cols[4] ?? '', 15)} ${pad(cols[5] ?? '', 15)} ${pad(cols[6] ?? '', c)} ${pad(cols[7] ?? '', h)} ${cols[8] ?? ''}`
  let out = line([
    'GROUP',
    'TOPIC',
    'PARTITION',
    'CURRENT-OFFSET',
    'LOG-END-OFFSET',
    'LAG',
    'CONSUMER-ID',
    'HOST',
    'CLIENT-ID',
  ])
  for (const r of rows)
    out += line([
      r.group,
      r.topic,
      r.partition,
      r.currentOffset,
      r.logEndOffset,
      r.lag,
      r.consumerId,
      r.host,
      r.clientId,
    ])
  return `${out}\n`
}

/** The terminal text of `kafka-consumer-groups.sh --describe --group <groupId>` (stderr notes first). */
export function describeGroup(view: GroupView | undefined, groupId: string): string {
  if (view === undefined || view.state === 'Dead')
    return `\nError: Consumer group '${groupId}' does not exist.\n`
  let note = ''
  if (view.state === 'Empty') note = `\nConsumer group '${groupId}' has no active members.\n`
  else if (view.state === 'PreparingRebalance' || view.state === 'CompletingRebalance')
    note = `\nWarning: Consumer group '${groupId}' is rebalancing.\n`
  const rows = offsetRows(view)
  return rows.length === 0 ? note : note + formatOffsetTable(rows)
}
