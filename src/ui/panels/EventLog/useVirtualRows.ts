import { type RefObject, useEffect, useState } from 'react'

const OVERSCAN = 4

/**
 * Fixed-height virtual scrolling: which rows [start, end) to render for the scroll container's
 * current position and height. Only those rows exist in the DOM, however long the list is.
 * `scrollTop` is the position as of the last scroll event (reading the element's would force a
 * layout).
 */
export function useVirtualRows(
  ref: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
): { start: number; end: number; scrollTop: number } {
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(400)
  useEffect(() => {
    const el = ref.current
    if (el === null) return
    const onScroll = () => setScrollTop(el.scrollTop)
    el.addEventListener('scroll', onScroll, { passive: true })
    const ro = new ResizeObserver(() => setHeight(el.clientHeight))
    ro.observe(el)
    setHeight(el.clientHeight)
    return () => {
      el.removeEventListener('scroll', onScroll)
      ro.disconnect()
    }
  }, [ref])
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN)
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN)
  return { start, end, scrollTop }
}

const remPx = () =>
  typeof document === 'undefined'
    ? 16
    : Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16

/** A fixed row height in px that follows the root font size (which grows on wide screens). */
export function useRowHeight(rem: number): number {
  const [px, setPx] = useState(() => Math.round(remPx() * rem))
  useEffect(() => {
    const update = () => setPx(Math.round(remPx() * rem))
    window.addEventListener('resize', update)
    update()
    return () => window.removeEventListener('resize', update)
  }, [rem])
  return px
}
