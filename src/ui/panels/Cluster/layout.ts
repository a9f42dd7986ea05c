// Pure geometry for the cluster panel: where a card's centre is, where a message in flight is at a
// given simulated tick, and when the cards switch to the compact (dense) chip layout. d3 supplies
// the maths (interpolation, clamping); React renders. No DOM here, so it is unit-tested.

import { interpolateNumber } from 'd3'

export interface Point {
  readonly x: number
  readonly y: number
}

/** A measured rectangle (as getBoundingClientRect gives it), in page pixels. */
export interface Box {
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
}

/** A horizontal anchor (the producer lane): messages leave or reach it straight above a card. */
export interface Span {
  readonly x0: number
  readonly x1: number
  readonly y: number
}

/**
 * Anchors of the network layer, relative to the stage: element centres, horizontal spans for
 * lanes, and the stage size.
 */
export interface Anchors {
  readonly width: number
  readonly height: number
  readonly points: Readonly<Record<string, Point>>
  readonly spans: Readonly<Record<string, Span>>
}

export const NO_ANCHORS: Anchors = { width: 0, height: 0, points: {}, spans: {} }

/** The centre of `box`, relative to the top-left corner of `origin` (the overlay's box). */
export function centreOf(box: Box, origin: Pick<Box, 'left' | 'top'>): Point {
  return { x: box.left - origin.left + box.width / 2, y: box.top - origin.top + box.height / 2 }
}

const round = (v: number) => Math.round(v * 10) / 10

/**
 * Anchors from measured boxes (`spanKeys` are lanes, the rest points); coordinates rounded to
 * 0.1 px so sub-pixel jitter does not re-render the overlay.
 */
export function anchorsFrom(
  stage: Box,
  boxes: Readonly<Record<string, Box>>,
  spanKeys: readonly string[] = [],
): Anchors {
  const points: Record<string, Point> = {}
  const spans: Record<string, Span> = {}
  for (const [key, box] of Object.entries(boxes)) {
    const c = centreOf(box, stage)
    if (spanKeys.includes(key)) {
      const x0 = box.left - stage.left
      spans[key] = { x0: round(x0), x1: round(x0 + box.width), y: round(c.y) }
    } else points[key] = { x: round(c.x), y: round(c.y) }
  }
  return { width: round(stage.width), height: round(stage.height), points, spans }
}

/** Where a message meets a lane: straight above (or below) `toward`, kept inside the lane. */
export function spanPoint(span: Span, toward: Point, inset = 24): Point {
  const lo = Math.min(span.x0 + inset, (span.x0 + span.x1) / 2)
  const hi = Math.max(span.x1 - inset, lo)
  return { x: Math.min(hi, Math.max(lo, toward.x)), y: span.y }
}

/** The point of anchor `key` for a message whose other end is `other` (null: no such anchor). */
export function endpoint(anchors: Anchors, key: string, other: Point | null): Point | null {
  const p = anchors.points[key]
  if (p !== undefined) return p
  const s = anchors.spans[key]
  if (s === undefined) return null
  return spanPoint(s, other ?? { x: (s.x0 + s.x1) / 2, y: s.y })
}

function sameRecord<T extends object>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
): boolean {
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  for (const k of ka) {
    const p = a[k] as Record<string, unknown> | undefined
    const q = b[k] as Record<string, unknown> | undefined
    if (p === undefined || q === undefined) return false
    for (const f of Object.keys(p)) if (p[f] !== q[f]) return false
  }
  return true
}

export function sameAnchors(a: Anchors, b: Anchors): boolean {
  return (
    a.width === b.width &&
    a.height === b.height &&
    sameRecord(a.points, b.points) &&
    sameRecord(a.spans, b.spans)
  )
}

/** The anchor key of a message endpoint: brokers by id, every producer at the producer anchor. */
export function anchorKey(endpoint: number | string): string | null {
  if (typeof endpoint === 'number') return `broker-${endpoint}`
  if (/^\d+$/.test(endpoint)) return `broker-${endpoint}`
  if (endpoint.startsWith('producer:')) return 'producer'
  return null
}

/** How far a message has travelled at `tick`: 0 when sent, 1 when received, clamped. */
export function progress(tick: number, sendTick: number, recvTick: number): number {
  if (recvTick <= sendTick) return tick >= recvTick ? 1 : 0
  return Math.min(1, Math.max(0, (tick - sendTick) / (recvTick - sendTick)))
}

/**
 * The control point of the arc from a to b: the midpoint pushed sideways, to the left of the
 * direction of travel. A request and its response therefore travel on opposite sides, and a
 * message between two far cards arcs over the card in between instead of crossing its text.
 */
export function arcControl(a: Point, b: Point, bend = 0.18, maxBend = 70): Point {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const len = Math.hypot(dx, dy)
  if (len === 0) return a
  const off = Math.min(maxBend, len * bend)
  return { x: (a.x + b.x) / 2 + (dy / len) * off, y: (a.y + b.y) / 2 - (dx / len) * off }
}

/** The point at t ∈ [0, 1] (clamped) on the quadratic arc a → c → b. */
export function arcPoint(a: Point, c: Point, b: Point, t: number): Point {
  const u = Math.min(1, Math.max(0, t))
  const ac = { x: interpolateNumber(a.x, c.x)(u), y: interpolateNumber(a.y, c.y)(u) }
  const cb = { x: interpolateNumber(c.x, b.x)(u), y: interpolateNumber(c.y, b.y)(u) }
  return { x: interpolateNumber(ac.x, cb.x)(u), y: interpolateNumber(ac.y, cb.y)(u) }
}

/**
 * The part [0, t] of the quadratic arc a → c → b, again a quadratic arc from a: its control point
 * and its end (de Casteljau). The trail of a message is the arc up to where the message is.
 */
export function arcSegment(a: Point, c: Point, b: Point, t: number): { c: Point; end: Point } {
  const u = Math.min(1, Math.max(0, t))
  return { c: { x: a.x + (c.x - a.x) * u, y: a.y + (c.y - a.y) * u }, end: arcPoint(a, c, b, u) }
}

/** SVG path data of the arc a → b through control c, from its start to t (the trail). */
export function arcPath(a: Point, c: Point, b: Point, t = 1): string {
  const seg = arcSegment(a, c, b, t)
  const f = (v: number) => String(Math.round(v * 10) / 10)
  return `M${f(a.x)} ${f(a.y)}Q${f(seg.c.x)} ${f(seg.c.y)} ${f(seg.end.x)} ${f(seg.end.y)}`
}

export type Density = 'full' | 'compact'

/** Above this many replicas on one broker, chips become small coloured shapes without text. */
export const COMPACT_PER_BROKER = 16
/** …or above this many replicas in the whole cluster. */
export const COMPACT_TOTAL = 120

/**
 * Full chips (name, LEO, HW: one row each) fit a projector for a classroom cluster; beyond that a
 * card would be taller than the screen, so every chip becomes a small shape with a tooltip.
 */
export function densityFor(maxReplicasPerBroker: number, totalReplicas: number): Density {
  return maxReplicasPerBroker > COMPACT_PER_BROKER || totalReplicas > COMPACT_TOTAL
    ? 'compact'
    : 'full'
}

/** The topic of a partition key ("orders-0" → "orders"; topics may contain dashes). */
export function topicOfPartition(partitionKey: string): string {
  const i = partitionKey.lastIndexOf('-')
  return i <= 0 ? partitionKey : partitionKey.slice(0, i)
}

/** The partition number of a partition key ("orders-12" → "12"). */
export function partitionNumber(partitionKey: string): string {
  return partitionKey.slice(partitionKey.lastIndexOf('-') + 1)
}

export interface TopicGroup {
  readonly topic: string
  readonly keys: readonly string[]
}

/** Replica keys ("<partition>@<broker>", already in partition order) grouped by topic. */
export function groupByTopic(replicaKeys: readonly string[]): TopicGroup[] {
  const groups: { topic: string; keys: string[] }[] = []
  for (const k of replicaKeys) {
    const at = k.lastIndexOf('@')
    const topic = topicOfPartition(at < 0 ? k : k.slice(0, at))
    const last = groups[groups.length - 1]
    if (last?.topic === topic) last.keys.push(k)
    else groups.push({ topic, keys: [k] })
  }
  return groups
}

/** Token radius in px for a message carrying `records` records: room for the count inside. */
export function tokenRadius(records: number): number {
  if (records <= 1) return 7
  if (records < 10) return 9
  if (records < 100) return 11
  return 13
}
