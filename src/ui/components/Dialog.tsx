import { type ReactNode, useEffect, useId, useRef } from 'react'

interface Props {
  open: boolean
  title: string
  onClose: () => void
  /** Extra classes (e.g. a wider dialog). */
  className?: string
  testId?: string
  children: ReactNode
}

/** A modal <dialog>: focus is trapped by the browser, Escape closes it. */
export function Dialog({ open, title, onClose, className, testId, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  useEffect(() => {
    const d = ref.current
    if (d === null) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])
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
      <h2 id={id}>{title}</h2>
      {open ? children : null}
    </dialog>
  )
}
