// Small inline SVG icons for the groups panel: the same on every projector (no font fallbacks),
// in the text colour, always next to words (so aria-hidden).

import type { ReactNode } from 'react'

export type GroupIcon =
  | 'stable'
  | 'joining'
  | 'slow'
  | 'dead'
  | 'idle'
  | 'paused'
  | 'leader'
  | 'revoking'
  | 'empty'
  | 'rebalancing'
  | 'twice'

const PATHS: Readonly<Record<GroupIcon, ReactNode>> = {
  stable: (
    <path
      d="M5 12.5l4.5 4.5L19 7.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  ),
  joining: (
    <g fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round">
      <path d="M19 12a7 7 0 1 1-2.1-5" />
      <path d="M17.5 3.5v4h-4" strokeLinejoin="round" />
    </g>
  ),
  rebalancing: (
    <g fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round">
      <path d="M19 12a7 7 0 1 1-2.1-5" />
      <path d="M17.5 3.5v4h-4" strokeLinejoin="round" />
    </g>
  ),
  slow: (
    <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round">
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7v5l3.5 2.5" />
    </g>
  ),
  dead: (
    <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="3.2" strokeLinecap="round" />
  ),
  idle: (
    <circle
      cx="12"
      cy="12"
      r="7.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.4"
      strokeDasharray="3.4 2.6"
    />
  ),
  empty: <circle cx="12" cy="12" r="7.5" fill="none" stroke="currentColor" strokeWidth="2.4" />,
  paused: <path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" fill="currentColor" />,
  leader: (
    <path
      d="M3 18l1.5-10 4.5 4 3-7 3 7 4.5-4L21 18z"
      fill="currentColor"
      stroke="currentColor"
      strokeLinejoin="round"
    />
  ),
  revoking: (
    <g
      fill="none"
      stroke="currentColor"
      strokeWidth="2.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M9 5L4 10l5 5" />
      <path d="M4 10h10a6 6 0 0 1 0 12h-3" />
    </g>
  ),
  twice: (
    <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinejoin="round">
      <path d="M12 3L2.5 20h19z" />
      <path d="M12 9.5v5M12 17v.5" strokeLinecap="round" />
    </g>
  ),
}

export function Icon({ name, className }: { name: GroupIcon; className?: string }) {
  return (
    <svg
      className={`gicon ${className ?? ''}`}
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
