import { useMemo, useRef, useSyncExternalStore } from 'react'
import { selectTick } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import type { AnchorRegistry } from './anchors'
import { tokenRadius } from './layout'
import { RecentMessages, tokensAt } from './networkTokens'
import { TokenShape } from './TokenShape'

interface Props {
  registry: AnchorRegistry
  showEmpty: boolean
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
      {tokens.map((tk) => (
        <g
          key={tk.id}
          className={`tok tok-${tk.kind}${tk.fade < 1 ? ' tok-arrived' : ''}`}
          opacity={tk.fade < 1 ? tk.fade.toFixed(2) : undefined}
        >
          <path className="tok-route" d={tk.route} />
          <path className="tok-trail" d={tk.trail} />
          <TokenShape kind={tk.kind} x={tk.at.x} y={tk.at.y} r={tokenRadius(tk.records)} />
          {tk.records > 1 && tk.kind !== 'ack' ? (
            <text className="tok-count" x={tk.at.x} y={tk.at.y} dy="0.35em">
              {tk.records > 999 ? '999+' : tk.records}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  )
}
