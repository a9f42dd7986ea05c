// Probing a field with hostile values (reliability-fuzz and reliability-urls specs): each value is
// typed as a user would, submitted, and then either refused with a message at the right place and
// nothing changed — the view and the run are as before — or accepted whole. Nothing executes.

import type { Locator, Page } from '@playwright/test'
import { expect, gotoApp, type Sim } from './fixtures'
import { watchCsp } from './runHelpers'

export const DEFAULT = { paused: '1', seed: '42', lang: 'en' }

export const TEXT = [
  '',
  '   ',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  'NaN',
  'Infinity',
  '1.5',
  'x'.repeat(10_000),
  'ünïcødé 中文 🦄 \u202e\u200b',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  '{{7*7}}',
  ['$', '{7*7}'].join(''),
  'javascript:window.__pwned=1',
]
/** What can be typed into an <input type=number> (Chromium drops other characters). */
export const NUMBERS = ['', '-1', '0', '1e309', '99999999999999999999', '1.5', '--5', '3']

/** Types `value` as a user would: number inputs get keystrokes, text inputs the whole string. */
async function type(field: Locator, value: string): Promise<void> {
  if ((await field.getAttribute('type')) !== 'number') return field.fill(value)
  await field.fill('')
  if (value !== '') await field.pressSequentially(value)
}

interface Probe {
  field: Locator
  submit: () => Promise<void>
  /** Where a refusal that is not about this field shows (a form's status, a button's description). */
  elsewhere?: Locator
  values: readonly string[]
  /** Values that change nothing and need no message (the value the field already has). */
  noop?: readonly string[]
}

export async function safe(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(await page.locator('[onerror], script:not([src])').count()).toBe(0)
}

/**
 * In the page: remembers the state (canonical JSON) and the number of inputs the simulation has
 * (snap), or compares with them after a round trip to the simulation (check; it answers in order)
 * plus a moment for React to render. One evaluate each, so a probe stays quick.
 */
function inPage(page: Page, what: 'snap' | 'check') {
  return page.evaluate(async (w) => {
    type Api = { state(): unknown; run(): Promise<{ inputs: unknown[] } | undefined> }
    const api = (window as unknown as { kafkascope: Api }).kafkascope
    const box = window as unknown as { __fuzz?: { json: string; inputs: number } }
    const sort = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(sort)
      if (v === null || typeof v !== 'object') return v
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(v).sort())
        if (k !== 'focus') out[k] = sort((v as Record<string, unknown>)[k])
      return out
    }
    const inputs = (await api.run())?.inputs.length ?? -1
    if (w === 'check') await new Promise((r) => setTimeout(r, 30))
    const json = JSON.stringify(sort(api.state()))
    if (w === 'snap') box.__fuzz = { json, inputs }
    const was = box.__fuzz ?? { json: '', inputs: -2 }
    return {
      added: inputs - was.inputs,
      same: json === was.json,
      pwned: (window as { __pwned?: unknown }).__pwned !== undefined,
      injected: document.querySelectorAll('[onerror], script:not([src])').length,
    }
  }, what)
}

/** Types each value, submits, and checks: refused at the right place with nothing changed, or applied whole. */
export async function probe(page: Page, probe: Probe): Promise<void> {
  const { field, submit, elsewhere, values, noop = [] } = probe
  for (const value of values) {
    const label = JSON.stringify(value.slice(0, 40))
    await inPage(page, 'snap')
    await type(field, value)
    await submit()
    let after = await inPage(page, 'check')
    const outcomeNow = async (): Promise<string> => {
      if ((await field.getAttribute('aria-invalid')) === 'true') return 'field'
      if (elsewhere !== undefined && (await elsewhere.count()) > 0) return 'elsewhere'
      after = await inPage(page, 'check')
      return after.added !== 0 ? 'applied' : 'pending'
    }
    if (!noop.includes(value))
      await expect.poll(outcomeNow, { message: `no outcome for ${label}` }).not.toBe('pending')
    const outcome = await outcomeNow()
    if (outcome === 'applied') expect(after.added, `one command, whole, for ${label}`).toBe(1)
    else {
      if (outcome === 'field') await expect(field).toHaveAccessibleDescription(/\S/)
      if (outcome === 'elsewhere') await expect(elsewhere as Locator).toContainText(/\S/)
      after = await inPage(page, 'check')
      expect(after, `nothing applied for ${label}`).toMatchObject({ added: 0, same: true })
    }
    expect(after, `nothing ran for ${label}`).toMatchObject({ pwned: false, injected: 0 })
  }
}

export async function open(page: Page, sim: Sim): Promise<void> {
  await watchCsp(page)
  await gotoApp(page, DEFAULT)
  await sim.ready()
}

export async function stillResponds(page: Page, sim: Sim): Promise<void> {
  const tick = Number(await page.getByTestId('timeline').getAttribute('data-tick'))
  await sim.advance(100)
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', String(tick + 100))
}
