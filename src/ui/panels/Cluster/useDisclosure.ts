// A disclosure button with a popup panel of buttons (the "More" menu of a broker card):
// Enter/Space opens it and focuses the first button, ↑/↓/Home/End move between its buttons,
// Escape closes it and returns focus to the toggle, and a click outside or tabbing away closes it.

import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react'

const ITEMS = 'button:not(:disabled)'

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
