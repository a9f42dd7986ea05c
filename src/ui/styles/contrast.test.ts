// Both themes meet WCAG AA: every text colour in tokens.css against the backgrounds it is used on
// (4.5:1), and the state colours used for borders, icons and tokens against the surfaces (3:1).

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const css = readFileSync(fileURLToPath(new URL('./tokens.css', import.meta.url)), 'utf8')

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`no ${selector} block in tokens.css`)
  const body = css.slice(start, css.indexOf('\n}', start))
  const out: Record<string, string> = {}
  for (const m of body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g))
    out[m[1] as string] = m[2] as string
  return out
}

const LIGHT = block('[data-theme="light"]')
const DARK = { ...LIGHT, ...block('[data-theme="dark"]') }

function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
  const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number]
  return (x + 0.05) / (y + 0.05)
}

/** [text, background] pairs as the stylesheets use them. */
const TEXT: readonly [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-2'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'surface-2'],
  ['muted', 'offline-bg'],
  ['accent', 'surface'],
  ['accent-text', 'accent'],
  ['brand', 'surface'],
  ['text', 'leader-bg'],
  ['text', 'isr-bg'],
  ['text', 'osr-bg'],
  ['text', 'offline-bg'],
  ['text', 'accent-soft'],
  ['leader', 'leader-bg'],
  ['isr', 'isr-bg'],
  ['osr', 'osr-bg'],
  ['offline', 'offline-bg'],
  ['ok', 'isr-bg'],
  ['ok', 'surface'],
  ['warn', 'warn-bg'],
  ['warn', 'surface'],
  ['danger', 'danger-bg'],
  ['danger', 'surface'],
  ['controller', 'controller-bg'],
  ['slow', 'slow-bg'],
  ['terminal-text', 'terminal-bg'],
]

/** Non-text contrast (WCAG 1.4.11): state colours as borders/icons on the card surfaces. */
const GRAPHICS: readonly [string, string][] = [
  ['leader', 'surface'],
  ['isr', 'surface'],
  ['osr', 'surface'],
  ['offline', 'surface'],
  ['leader-fill', 'surface'],
  ['focus', 'surface'],
  ['focus', 'bg'],
  ['border-strong', 'surface'],
  ['highlight', 'surface'],
  ['lane-edge', 'surface-2'],
]

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
] as const)('%s theme', (_name, theme) => {
  it.each(TEXT)('text %s on %s ≥ 4.5:1', (fg, bg) => {
    expect(theme[fg], fg).toBeDefined()
    expect(theme[bg], bg).toBeDefined()
    expect(contrast(theme[fg] as string, theme[bg] as string)).toBeGreaterThanOrEqual(4.5)
  })

  it.each(GRAPHICS)('graphic %s on %s ≥ 3:1', (fg, bg) => {
    expect(contrast(theme[fg] as string, theme[bg] as string)).toBeGreaterThanOrEqual(3)
  })
})
