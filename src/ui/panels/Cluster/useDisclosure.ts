// A disclosure button with a popup panel of buttons (the "More" menu of a broker card):
// Enter/Space opens it and focuses the first button, ↑/↓/Home/End move between its buttons,
// Escape closes it and returns focus to the toggle, and a click outside or tabbing away closes it.
// The panel opens aligned with the toggle's right edge and is shifted sideways into the window
// when that would cut it off (the first card of a row, on a narrow screen).

import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'

const ITEMS = 'button:not(:disabled)'
/** The least room kept between an open panel and the window's sides (px). */
const EDGE_PX = 8

/** How far to move a box sideways to keep it `EDGE_PX` inside a window `width` wide. */
export function shiftIntoView(left: number, right: number, width: number): number {
  if (left < EDGE_PX) return EDGE_PX - left
  if (right > width - EDGE_PX) return Math.max(EDGE_PX - left, width - EDGE_PX - right)
  return 0
}

export interface Disclosure {
  open: boolean
  toggle(): void
  /** Closes the panel; `refocus` returns focus to the toggle button. */
  close(refocus: boolean): void
  wrapRef: RefObject<HTMLDivElement | null>
  buttonRef: RefObject<HTMLButtonElement | null>
  panelRef: RefObject<HTMLFieldSetElement | null>
  onKeyDown(e: KeyboardEvent): void
  onWrapBlur(e: FocusEvent): void
}

export function useDisclosure(): Disclosure {
  const [open, setOpen] = useState(false)
  const wrapRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLFieldSetElement>(null)
  const close = useCallback((refocus: boolean) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }, [])
  useLayoutEffect(() => {
    const panel = panelRef.current
    if (!open || panel === null) return
    const r = panel.getBoundingClientRect()
    const dx = shiftIntoView(r.left, r.right, document.documentElement.clientWidth)
    panel.style.translate = dx === 0 ? '' : `${dx}px 0`
  }, [open])
  useEffect(() => {
    if (!open) return
    panelRef.current?.querySelector<HTMLElement>(ITEMS)?.focus()
    const onDown = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !wrapRef.current?.contains(e.target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onDown)
    return () => document.removeEventListener('pointerdown', onDown)
  }, [open])
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) return
    if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      close(true)
      return
    }
    const items = [...(panelRef.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    const go = (i: number) => {
      e.preventDefault()
      items[(i + items.length) % items.length]?.focus()
    }
    if (e.key === 'ArrowDown') go(at + 1)
    else if (e.key === 'ArrowUp') go(at < 0 ? items.length - 1 : at - 1)
    else if (e.key === 'Home') go(0)
    else if (e.key === 'End') go(items.length - 1)
  }
  const onWrapBlur = (e: FocusEvent) => {
    const next = e.relatedTarget
    if (next instanceof Node && !wrapRef.current?.contains(next)) setOpen(false)
  }
  return {
    open,
    toggle: () => setOpen((o) => !o),
    close,
    wrapRef,
    buttonRef,
    panelRef,
    onKeyDown,
    onWrapBlur,
  }
}
