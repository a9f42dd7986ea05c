// Which messages in flight the network layer draws, and where. One token per request or response
// (a produce request carries a whole batch), placed by simulated time only.

import type { MessageView } from '../../../engine/view'
import {
  type Anchors,
  anchorKey,
  arcControl,
  arcPath,
  arcPoint,
  endpoint,
  type Point,
  progress,
} from './layout'

/**
 * produce: producer → leader, with records. replicate: leader → follower, a fetch response with
 * records. ack: leader → producer (produce response). poll: a fetch request, or a fetch response
 * that carried nothing (the long poll of replication), drawn only on request.
 */
export type TokenKind = 'produce' | 'replicate' | 'ack' | 'poll'

/** Where a message's arc runs: it depends only on the message's endpoints and the anchors. */
export interface Arc {
  readonly from: string
  readonly to: string
  readonly a: Point
  readonly b: Point
  /** The control point of the quadratic arc a → b. */
  readonly c: Point
  /** The whole arc as SVG path data: the arc's identity (messages on one arc share it). */
  readonly route: string
}

export interface Token {
  readonly id: number
  readonly kind: TokenKind
  readonly records: number
  readonly at: Point
  /** The arc from the sender to the receiver; the token's trail is its part [0, t]. */
  readonly arc: Arc
  /** How far along its arc it is, 0 to 1. */
  readonly t: number
  /** 1 while in flight; after arrival it fades from 1 to 0 over AFTERGLOW_MS of simulated time. */
  readonly fade: number
}

export function tokenKind(m: MessageView, showEmpty: boolean): TokenKind | null {
  switch (m.kind) {
    case 'produce':
      return 'produce'
    case 'produceResponse':
      return 'ack'
    case 'fetchResponse':
      return m.records > 0 ? 'replicate' : showEmpty ? 'poll' : null
    case 'fetch':
      return showEmpty ? 'poll' : null
    default:
      return null
  }
}

/** At most this many tokens are drawn (the oldest first); more would only be noise. */
export const MAX_TOKENS = 400

/**
 * How long (simulated ms) a delivered message stays visible at its destination, fading out.
 * Network latency is ~8 ms, so without it a token would be on screen for a frame or two even at
 * 0.2×; with it the eye can follow producer → leader → followers. Still placed by simulated time
 * only: paused, nothing moves or fades.
 */
export const AFTERGLOW_MS = 120

/** Fade of a message at `tick`: 1 in flight, falling to 0 after arrival; null when not shown. */
export function fadeAt(tick: number, sendTick: number, recvTick: number): number | null {
  if (tick < sendTick) return null
  if (tick <= recvTick) return 1
  const age = tick - recvTick
  return age >= AFTERGLOW_MS ? null : 1 - age / AFTERGLOW_MS
}

/**
 * Arcs by message record: a message keeps its record while in flight (diff.ts keeps unchanged
 * objects), so its arc and route are worked out once per anchors, not on every frame.
 */
const arcs = new WeakMap<MessageView, { readonly anchors: Anchors; readonly arc: Arc | null }>()

function arcOf(m: MessageView, anchors: Anchors): Arc | null {
  const hit = arcs.get(m)
  if (hit !== undefined && hit.anchors === anchors) return hit.arc
  const from = anchorKey(m.from)
  const to = anchorKey(m.to)
  let arc: Arc | null = null
  if (from !== null && to !== null && from !== to) {
    const a = endpoint(anchors, from, anchors.points[to] ?? null)
    const b = endpoint(anchors, to, anchors.points[from] ?? null)
    if (a !== null && b !== null) {
      const c = arcControl(a, b)
      arc = { from, to, a, b, c, route: arcPath(a, c, b, 1) }
    }
  }
  arcs.set(m, { anchors, arc })
  return arc
}

/**
 * Tokens at `tick` for the messages in flight plus `recent` ones already delivered (kept by the
 * overlay between frames; an arrived message has left the view).
 */
export function tokensAt(
  messages: Readonly<Record<string, MessageView>> | undefined,
  tick: number,
  anchors: Anchors,
  showEmpty: boolean,
  recent: readonly MessageView[] = [],
): Token[] {
  const out: Token[] = []
  const all = [...recent, ...(messages === undefined ? [] : Object.values(messages))]
  for (const m of all) {
    if (out.length >= MAX_TOKENS) break
    const kind = tokenKind(m, showEmpty)
    const fade = fadeAt(tick, m.sendTick, m.recvTick)
    if (kind === null || fade === null) continue
    const arc = arcOf(m, anchors)
    if (arc === null) continue
    const { a, b, c } = arc
    const t = progress(tick, m.sendTick, m.recvTick)
    out.push({
      id: m.id,
      kind,
      records: m.records,
      at: arcPoint(a, c, b, t),
      arc,
      t,
      fade,
    })
  }
  return out
}

/**
 * The overlay's memory of messages it has seen, so a delivered message can fade out where it
 * arrived. Forgotten after AFTERGLOW_MS, and entirely on a full frame (seek, resync): the run may
 * have forked, and message ids would then mean other messages.
 */
export class RecentMessages {
  private readonly seen = new Map<number, MessageView>()

  /** Records the messages in flight and returns the delivered ones still fading at `tick`. */
  update(
    messages: Readonly<Record<string, MessageView>> | undefined,
    tick: number,
    reset: boolean,
  ): MessageView[] {
    if (reset) this.seen.clear()
    const current = messages ?? {}
    const out: MessageView[] = []
    for (const [id, m] of this.seen) {
      if (current[String(id)] !== undefined) continue
      if (m.sendTick > tick || tick - m.recvTick >= AFTERGLOW_MS) this.seen.delete(id)
      else if (m.recvTick <= tick) out.push(m)
    }
    for (const m of Object.values(current)) this.seen.set(m.id, m)
    return out
  }
}

/** A line the overlay draws under the tokens: an arc's route, or the trail of its traffic. */
export interface Line {
  readonly arc: Arc
  readonly kind: TokenKind
  /** The line runs along its arc from the start to t (1 for a route). */
  readonly t: number
  readonly fade: number
}

/**
 * The routes and trails under the tokens, one of each per arc (and kind), not one per message:
 * messages between the same two endpoints share their arc, and a trail is the arc up to its
 * message, so the trail of the message furthest along covers the others'. In a large cluster that
 * is a few lines per busy link instead of one per message.
 * A route fades with the last message on it; a trail is the leading message's while one is in
 * flight, else the whole arc, fading with the last to arrive.
 */
export function linesOf(tokens: readonly Token[]): { routes: Line[]; trails: Line[] } {
  const routes = new Map<string, Line>()
  const leading = new Map<string, Token>()
  const rank = (tk: Token) => (tk.fade < 1 ? tk.fade : 1 + tk.t)
  for (const tk of tokens) {
    const r = routes.get(tk.arc.route)
    if (r === undefined || tk.fade > r.fade)
      routes.set(tk.arc.route, { arc: tk.arc, kind: tk.kind, t: 1, fade: tk.fade })
    const key = `${tk.kind} ${tk.arc.route}`
    const lead = leading.get(key)
    if (lead === undefined || rank(tk) > rank(lead)) leading.set(key, tk)
  }
  const trails: Line[] = []
  for (const tk of leading.values())
    trails.push({ arc: tk.arc, kind: tk.kind, t: tk.t, fade: tk.fade })
  return { routes: [...routes.values()], trails }
}
