import { memo, useMemo, useRef, useSyncExternalStore } from 'react'
import { selectTick } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import type { AnchorRegistry } from './anchors'
import { tokenRadius } from './layout'
import {
  fadeStep,
  groupLines,
  linesOf,
  RecentMessages,
  type Token,
  type TokenKind,
  tokensAt,
} from './networkTokens'
import { TokenShape } from './TokenShape'

interface Props {
  registry: AnchorRegistry
  showEmpty: boolean
}

/**
 * Which element draws which token. A token keeps its element for as long as it is drawn, and a new
 * token takes an element a finished one of its kind left behind: at a few hundred messages per
 * second, keying elements by message would create and drop dozens of them on every frame. Nothing
 * on a token animates by itself, so a reused element shows exactly what a new one would.
 */
export class TokenSlots {
  private readonly slotOf = new Map<number, string>()
  private readonly free = new Map<string, string[]>()
  private readonly made = new Map<string, number>()

  keys(tokens: readonly Token[]): string[] {
    const live = new Set<number>()
    for (const tk of tokens) live.add(tk.id)
    for (const [id, key] of this.slotOf) {
      if (live.has(id)) continue
      this.slotOf.delete(id)
      const kind = key.slice(0, key.indexOf(':'))
      const list = this.free.get(kind)
      if (list === undefined) this.free.set(kind, [key])
      else list.push(key)
    }
    return tokens.map((tk) => {
      const had = this.slotOf.get(tk.id)
      if (had !== undefined) return had
      let key = this.free.get(tk.kind)?.pop()
      if (key === undefined) {
        const n = (this.made.get(tk.kind) ?? 0) + 1
        this.made.set(tk.kind, n)
        key = `${tk.kind}:${n}`
      }
      this.slotOf.set(tk.id, key)
      return key
    })
  }
}

interface MarkProps {
  kind: TokenKind
  records: number
  x: number
  y: number
  fade: number
}

/**
 * One token. Memoised on plain values: a token that has arrived stays put and fades in steps, so
 * on most frames most tokens render nothing. Its route and trail are drawn with its arc's (Lines).
 */
const TokenMark = memo(function TokenMark({ kind, records, x, y, fade }: MarkProps) {
  return (
    <g
      className={`tok tok-${kind}${fade < 1 ? ' tok-arrived' : ''}`}
      opacity={fade < 1 ? fade : undefined}
      // drawn at the origin and moved as one: one attribute changes per frame, not five
      transform={`translate(${x} ${y})`}
    >
      <TokenShape kind={kind} x={0} y={0} r={tokenRadius(records)} />
      {records > 1 && kind !== 'ack' ? (
        <text className="tok-count" dy="0.35em">
          {records > 999 ? '999+' : records}
        </text>
      ) : null}
    </g>
  )
})

const LinePath = memo(function LinePath({
  className,
  d,
  fade,
}: {
  className: string
  d: string
  fade: number
}) {
  return <path className={className} d={d} opacity={fade < 1 ? fade : undefined} />
})

/**
 * The routes, then the trails, under every token: one of each per arc (networkTokens.linesOf),
 * drawn as a few paths (groupLines), routes first so that they stay under the trails.
 */
function Lines({ tokens }: { tokens: readonly Token[] }) {
  const { routes, trails } = linesOf(tokens)
  return (
    <>
      {groupLines(routes, trails).map((g) => (
        <LinePath
          key={g.key}
          className={g.trail === null ? 'tok-route' : `tok-trail tok-${g.trail}`}
          d={g.d}
          fade={g.fade}
        />
      ))}
    </>
  )
}

/**
 * The network layer: one SVG over the broker grid with a token per request/response in flight,
 * placed by simulated time (no tweening: pause and scrub are exact), fading out briefly where it
 * arrived. It is the only component that re-renders on every frame; it reads the messages, the
 * tick and the card anchors.
 */
export function NetworkOverlay({ registry, showEmpty }: Props) {
  const messages = useSim((s) => s.view?.messages)
  const tick = useSim(selectTick)
  const full = useSim((s) => s.lastFrameFull)
  const anchors = useSyncExternalStore(registry.subscribe, registry.get, registry.get)
  const memory = useRef(new RecentMessages())
  const recent = useMemo(() => memory.current.update(messages, tick, full), [messages, tick, full])
  const tokens = useMemo(
    () => tokensAt(messages, tick, anchors, showEmpty, recent),
    [messages, tick, anchors, showEmpty, recent],
  )
  const pool = useRef<TokenSlots | null>(null)
  pool.current ??= new TokenSlots()
  const slots = useMemo(() => (pool.current as TokenSlots).keys(tokens), [tokens])
  if (anchors.width === 0) return null
  return (
    <svg
      className="net-overlay"
      width={anchors.width}
      height={anchors.height}
      viewBox={`0 0 ${anchors.width} ${anchors.height}`}
      aria-hidden="true"
      focusable="false"
      data-testid="network-overlay"
      data-tokens={tokens.length}
    >
      <Lines tokens={tokens} />
      {tokens.map((tk, i) => (
        <TokenMark
          key={slots[i]}
          kind={tk.kind}
          records={tk.records}
          x={tk.at.x}
          y={tk.at.y}
          fade={fadeStep(tk.fade)}
        />
      ))}
    </svg>
  )
}
