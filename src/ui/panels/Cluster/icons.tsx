// Small inline SVG icons: they render the same on every projector (no font fallbacks), follow
// the text colour (currentColor) and are always paired with words, so they are aria-hidden.

import type { ReactNode } from 'react'

export type IconName =
  | 'online'
  | 'offline'
  | 'isolated'
  | 'slow'
  | 'fenced'
  | 'shutdown'
  | 'controller'
  | 'leader'
  | 'isr'
  | 'osr'
  | 'producer'
  | 'more'

const PATHS: Readonly<Record<IconName, ReactNode>> = {
  online: <circle cx="12" cy="12" r="7" fill="currentColor" />,
  offline: (
    <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="3.2" strokeLinecap="round" />
  ),
  isolated: (
    <g fill="none" stroke="currentColor" strokeWidth="2.6">
      <circle cx="12" cy="12" r="8" />
      <path d="M6.5 17.5l11-11" />
    </g>
  ),
  slow: (
    <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round">
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7v5l3.5 2.5" />
    </g>
  ),
  fenced: (
    <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinejoin="round">
      <path d="M5 21V7l2-3 2 3v14M15 21V7l2-3 2 3v14" />
      <path d="M3 10h18M3 16h18" />
    </g>
  ),
  shutdown: (
    <g fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round">
      <path d="M12 3.5v8" />
      <path d="M7.2 6.8a7.5 7.5 0 1 0 9.6 0" />
    </g>
  ),
  controller: (
    <path d="M3 18l1.5-10 4.5 4 3-7 3 7 4.5-4L21 18z" fill="currentColor" strokeLinejoin="round" />
  ),
  leader: (
    <path
      d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z"
      fill="currentColor"
    />
  ),
  isr: <circle cx="12" cy="12" r="6" fill="currentColor" />,
  osr: (
    <circle
      cx="12"
      cy="12"
      r="7"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.6"
      strokeDasharray="3.6 2.6"
    />
  ),
  producer: (
    <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinejoin="round">
      <rect x="3" y="5" width="11" height="14" rx="2" />
      <path d="M14 12h7M18 8.5l3.5 3.5-3.5 3.5" strokeLinecap="round" />
    </g>
  ),
  more: (
    <g fill="currentColor">
      <circle cx="5" cy="12" r="2.2" />
      <circle cx="12" cy="12" r="2.2" />
      <circle cx="19" cy="12" r="2.2" />
    </g>
  ),
}

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={`icon ${className ?? ''}`}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  )
}
