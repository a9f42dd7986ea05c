import type { CSSProperties } from 'react'
import { memberColour } from './layout'

/** The member's colour as CSS variables (--mc for edges and dots, --mc-bg for tints). */
export function memberStyle(clientId: string): CSSProperties {
  const i = memberColour(clientId)
  return { '--mc': `var(--member-${i})`, '--mc-bg': `var(--member-${i}-bg)` } as CSSProperties
}
