import { useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { selectMessages, selectTick } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import type { AnchorRegistry } from './anchors'
import type { Density } from './layout'
import { drawNetwork, type Rect, readPalette, type TokenPalette } from './networkCanvas'
import { RecentMessages, tokensAt } from './networkTokens'

interface Props {
  registry: AnchorRegistry
  density: Density
  showEmpty: boolean
}

/** Changes whenever <html data-theme> does, so the layer reads its colours again. */
function subscribeTheme(onChange: () => void): () => void {
  if (typeof MutationObserver === 'undefined') return () => {}
  const mo = new MutationObserver(onChange)
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => mo.disconnect()
}
const currentTheme = () => document.documentElement.dataset.theme ?? ''

/**
 * The network layer: one canvas over the broker grid with a token per request/response in flight,
 * placed by simulated time (no tweening: pause and scrub are exact), fading out briefly where it
 * arrived (networkCanvas.ts draws it). It is the only component of the cluster that re-renders on
 * every frame; it reads the messages, the tick and the card anchors.
 */
export function NetworkOverlay({ registry, density, showEmpty }: Props) {
  const messages = useSim(selectMessages)
  const tick = useSim(selectTick)
  const full = useSim((s) => s.lastFrameFull)
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, () => '')
  const anchors = useSyncExternalStore(registry.subscribe, registry.get, registry.get)
  const memory = useRef(new RecentMessages())
  const recent = useMemo(() => memory.current.update(messages, tick, full), [messages, tick, full])
  const tokens = useMemo(
    () => tokensAt(messages, tick, anchors, showEmpty, recent),
    [messages, tick, anchors, showEmpty, recent],
  )
  const canvas = useRef<HTMLCanvasElement>(null)
  const palette = useRef<{ theme: string; value: TokenPalette } | null>(null)
  const scale = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1
  const { width, height } = anchors
  // What the last drawing covered, in a canvas of this size (resizing a canvas clears it).
  const drawn = useRef<{ key: string; rect: Rect | null } | null>(null)
  useLayoutEffect(() => {
    const el = canvas.current
    const pen = el?.getContext('2d')
    if (el == null || pen == null) return
    if (palette.current?.theme !== theme)
      palette.current = { theme, value: readPalette(getComputedStyle(el)) }
    const key = `${width} ${height} ${scale}`
    const previous = drawn.current?.key === key ? drawn.current.rect : undefined
    const size = { width, height, scale }
    drawn.current = {
      key,
      rect: drawNetwork(pen, tokens, palette.current.value, density, size, previous),
    }
  }, [tokens, theme, density, width, height, scale])
  if (width === 0) return null
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a canvas without tabIndex takes no focus; the layer only illustrates what the event log says
    <canvas
      ref={canvas}
      className="net-overlay"
      width={Math.round(width * scale)}
      height={Math.round(height * scale)}
      style={{ width, height }}
      aria-hidden="true"
      data-testid="network-overlay"
      data-tokens={tokens.length}
    />
  )
}
