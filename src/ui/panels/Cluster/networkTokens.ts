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

export interface Token {
  readonly id: number
  readonly kind: TokenKind
  readonly records: number
  readonly at: Point
  /**
   * The arc from the sender to where the token is now, worked out on demand: only the leading
   * message of an arc has its trail drawn (linesOf).
   */
  readonly trail: () => string
  /** The whole arc, sender to receiver. */
  readonly route: string
  readonly from: string
  readonly to: string
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

/** Steps of a token's afterglow: an arrived token changes its opacity a few times, not every frame. */
export const FADE_STEPS = 5

/** The opacity a token is drawn with: 1 in flight, then falling in FADE_STEPS steps. */
export function fadeStep(fade: number): number {
  return fade >= 1 ? 1 : Math.ceil(fade * FADE_STEPS) / FADE_STEPS
}

/** Where a message's arc runs: it depends only on the message's endpoints and the anchors. */
interface Arc {
  readonly from: string
  readonly to: string
  readonly a: Point
  readonly b: Point
  readonly c: Point
  readonly route: string
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
      trail: () => arcPath(a, c, b, t),
      route: arc.route,
      from: arc.from,
      to: arc.to,
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
  /** The route's path (stable while the arc is drawn): the element's key. */
  readonly route: string
  readonly kind: TokenKind
  readonly d: string
  readonly fade: number
}

/**
 * The routes and trails under the tokens, one of each per arc (and kind), not one per message:
 * messages between the same two endpoints share their arc, and a trail is the arc up to its
 * message, so the trail of the message furthest along covers the others'. In a large cluster that
 * is a few lines per busy link instead of one per message, and the overlay paints far less.
 * A route fades with the last message on it; a trail is the leading message's while one is in
 * flight, else the whole arc, fading with the last to arrive.
 */
export function linesOf(tokens: readonly Token[]): { routes: Line[]; trails: Line[] } {
  const routes = new Map<string, Line>()
  const leading = new Map<string, Token>()
  const rank = (tk: Token) => (tk.fade < 1 ? tk.fade : 1 + tk.t)
  for (const tk of tokens) {
    const r = routes.get(tk.route)
    if (r === undefined || tk.fade > r.fade)
      routes.set(tk.route, { route: tk.route, kind: tk.kind, d: tk.route, fade: tk.fade })
    const key = `${tk.kind} ${tk.route}`
    const lead = leading.get(key)
    if (lead === undefined || rank(tk) > rank(lead)) leading.set(key, tk)
  }
  const trails: Line[] = []
  for (const tk of leading.values())
    trails.push({ route: tk.route, kind: tk.kind, d: tk.trail(), fade: tk.fade })
  return { routes: [...routes.values()], trails }
}

/** Lines drawn as one SVG path: the same look (route, or a kind's trail) at the same fade step. */
export interface LineGroup {
  /** "route" or the trail's kind, then the fade step: the element's key. */
  readonly key: string
  /** null for routes, else the kind of the trails. */
  readonly trail: TokenKind | null
  /** Every line's path, one subpath each. */
  readonly d: string
  /** The opacity they share (fadeStep). */
  readonly fade: number
}

/**
 * The lines grouped into paths, one per look and fade step (at most FADE_STEPS + 1 of each), so a
 * frame changes a few elements' paths instead of one element per busy link: the browser restyles,
 * lays out and records each changed element, and in a large cluster dozens of links change on
 * every frame. A path's subpaths are painted as one stroke (where two lines of a group cross, the
 * crossing is no darker), and each restarts the dash pattern as a line of its own would.
 */
export function groupLines(routes: readonly Line[], trails: readonly Line[]): LineGroup[] {
  const groups = new Map<string, { trail: TokenKind | null; parts: string[]; fade: number }>()
  const add = (l: Line, trail: TokenKind | null) => {
    const fade = fadeStep(l.fade)
    const key = `${trail ?? 'route'} ${fade}`
    const g = groups.get(key)
    if (g === undefined) groups.set(key, { trail, parts: [l.d], fade })
    else g.parts.push(l.d)
  }
  for (const l of routes) add(l, null)
  for (const l of trails) add(l, l.kind)
  const out: LineGroup[] = []
  for (const [key, g] of groups)
    out.push({ key, trail: g.trail, d: g.parts.join(' '), fade: g.fade })
  return out
}
