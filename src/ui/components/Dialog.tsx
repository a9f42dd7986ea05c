import { type ReactNode, useEffect, useId, useRef } from 'react'

interface Props {
  open: boolean
  title: string
  onClose: () => void
  /** Extra classes (e.g. a wider dialog). */
  className?: string
  /**
   * Focus the title on open instead of the first control: for long dialogs whose only control is
   * a Close button at the bottom, which would scroll the text out of view.
   */
  focusTitle?: boolean
  testId?: string
  children: ReactNode
}

/** A modal <dialog>: focus is trapped by the browser, Escape closes it. */
export function Dialog({ open, title, onClose, className, testId, focusTitle, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const id = useId()
  useEffect(() => {
    const d = ref.current
    if (d === null) return
    if (open && !d.open) {
      d.showModal()
      if (focusTitle) {
        heading.current?.focus({ preventScroll: true })
        d.scrollTop = 0
      }
    }
    if (!open && d.open) d.close()
  }, [open, focusTitle])
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      data-testid={testId}
      aria-labelledby={id}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <h2 id={id} ref={heading} tabIndex={focusTitle ? -1 : undefined}>
        {title}
      </h2>
      {open ? children : null}
    </dialog>
  )
}
