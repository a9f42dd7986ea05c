import { type CSSProperties, memo, type ReactNode } from 'react'

/**
 * Roughly how many `ch` (widths of "0") `text` needs: one per character, more for wide letters,
 * two for CJK and other full-width characters. Generous rather than tight: the box is at least as
 * wide as the text in the fonts people have, so nothing overlaps its neighbours.
 */
export function textWidthCh(text: string): number {
  let n = 0
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    if (c >= 0x2e80) n += 2
    else if (c >= 0x2000) n += 1.6
    else if (/[mwMW@%]/.test(ch)) n += 1.6
    else if (/[A-Z]/.test(ch)) n += 1.25
    else if (/[\s.,:;'!|ijlftr()-]/.test(ch)) n += 0.6
    else n += 1.05
  }
  return Math.ceil(n)
}

interface Props {
  /** The text, which also sets the width. */
  text: string
  /** What to show instead of the bare text (with the same characters), e.g. a part hidden from
   *  screen readers. */
  children?: ReactNode
  className?: string
  /** `fit` (the default): as wide as the text; `fill`: as wide as its container (which must not
   *  take its width from this text). */
  width?: 'fit' | 'fill'
}

/**
 * Text that changes many times a second, in a box the browser can lay out on its own (a
 * relayout boundary: layout and size containment, a height of one line and a width that depends
 * only on the text's length). Changing its text then lays out this box alone, not the page. Its
 * parent must be a block, not a flex or grid container: a flex or grid item is always laid out with
 * its container. Memoised: most of them sit in rows that re-render on every frame.
 */
export const FixedText = memo(function FixedText({
  text,
  children,
  className,
  width = 'fit',
}: Props) {
  const style: CSSProperties | undefined =
    width === 'fit' ? { width: `${textWidthCh(text)}ch` } : undefined
  return (
    <span className={`fixed-text${className === undefined ? '' : ` ${className}`}`} style={style}>
      {children ?? text}
    </span>
  )
})
