import {
  type CSSProperties,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'
import { createPortal } from 'react-dom'
import { type TermId, termText } from '../i18n/terms'
import { useLang } from '../i18n/useT'
import './term.css'

const GAP = 6
const CLOSE_DELAY_MS = 120

/** Where the tooltip goes: under the term, or above it when there is no room, inside the screen. */
function place(anchor: DOMRect, tip: DOMRect): CSSProperties {
  const vw = document.documentElement.clientWidth
  const left = Math.max(8, Math.min(anchor.left, vw - tip.width - 8))
  const below = anchor.bottom + GAP
  const top =
    below + tip.height > window.innerHeight && anchor.top - GAP - tip.height > 0
      ? anchor.top - GAP - tip.height
      : below
  return { left, top }
}

interface Props {
  id: TermId
  children: ReactNode
}

/**
 * A Kafka term with its one-line explanation in the page's language: focusable, described by a
 * role="tooltip" element that shows on hover and on focus, and Escape closes it. The tooltip is
 * rendered into <body> (or the enclosing <dialog>), so no panel's overflow clips it. Memoised: a
 * panel re-rendering for new numbers does not re-render its terms (their text is the same).
 */
export const Term = memo(function Term({ id, children }: Props) {
  const lang = useLang()
  const tipId = useId()
  const ref = useRef<HTMLSpanElement>(null)
  const tipRef = useRef<HTMLSpanElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const hovered = useRef(false)
  const [open, setOpen] = useState(false)
  const [pos, setPos] = useState<CSSProperties>({ left: 0, top: 0 })
  const [host, setHost] = useState<HTMLElement | null>(null)
  useLayoutEffect(() => {
    setHost(ref.current?.closest('dialog') ?? document.body)
  }, [])
  const show = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
    setOpen(true)
  }, [])
  const hideSoon = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = setTimeout(() => setOpen(false), CLOSE_DELAY_MS)
  }, [])
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current)
    },
    [],
  )
  useLayoutEffect(() => {
    if (!open) return
    const update = () => {
      const a = ref.current?.getBoundingClientRect()
      const b = tipRef.current?.getBoundingClientRect()
      if (a !== undefined && b !== undefined) setPos(place(a, b))
    }
    update()
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.preventDefault()
      e.stopPropagation()
      setOpen(false)
    }
    window.addEventListener('scroll', update, true)
    window.addEventListener('resize', update)
    document.addEventListener('keydown', onKey, true)
    return () => {
      window.removeEventListener('scroll', update, true)
      window.removeEventListener('resize', update)
      document.removeEventListener('keydown', onKey, true)
    }
  }, [open])
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: hover, focus and Escape drive the tooltip */}
      <span
        ref={ref}
        className="term"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users get the tooltip
        tabIndex={0}
        aria-describedby={tipId}
        data-term={id}
        onMouseEnter={() => {
          hovered.current = true
          show()
        }}
        onMouseLeave={() => {
          hovered.current = false
          hideSoon()
        }}
        onFocus={show}
        onBlur={() => {
          // a click on a <label>'s term moves focus to its control: keep it while hovered
          if (!hovered.current) setOpen(false)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) setOpen(false)
        }}
        onClick={show}
      >
        {children}
      </span>
      {host === null
        ? null
        : createPortal(
            // hovering the tooltip keeps it open (WCAG 1.4.13)
            <span
              ref={tipRef}
              id={tipId}
              role="tooltip"
              className="term-tip"
              hidden={!open}
              style={pos}
              lang={lang === 'zh' ? 'zh-CN' : 'en'}
              onMouseEnter={show}
              onMouseLeave={hideSoon}
            >
              {termText(id, lang)}
            </span>,
            host,
          )}
    </>
  )
})
