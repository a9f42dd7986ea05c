// A seeded monkey: MONKEY_MS (default two minutes) of random clicks on enabled controls, key
// presses (Space, arrows, +, −, ?, Escape, Tab), drags on the timeline and typing (hostile strings
// included), all from one seeded PRNG. `npm test` uses a fixed seed (as the property tests do);
// MONKEY_SEED=<n> replays a run and MONKEY_SEED=random explores; the seed is printed and attached
// to the report. At the end: no uncaught error, no console error, no JavaScript dialog,
// the simulation never stopped, Play still works, and the final state replays identically from
// the recorded inputs in a fresh page (import, same tick, same state()).
//
//   MONKEY_SEED=12345 MONKEY_MS=30000 npx playwright test -c e2e/playwright.config.ts monkey

import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { currentTick, pageRun, viewJson } from './runHelpers'

const MONKEY_MS = Number(process.env.MONKEY_MS ?? 120_000)
const SEED =
  process.env.MONKEY_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env.MONKEY_SEED ?? 1_982_105_991)

/** mulberry32: small, seeded, good enough to pick actions. */
function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick<T>(xs: readonly T[]): T {
      return xs[Math.floor(next() * xs.length)] as T
    },
  }
}

const TEXTS = [
  '',
  'a',
  'k1',
  'orders',
  'g1',
  '0',
  '1',
  '3',
  '-1',
  '250',
  '1e309',
  'NaN',
  '99999999999',
  'ünïcødé 中文 🦄',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  '{{7*7}}',
  'javascript:window.__pwned=1',
  '{"seed":1,"config":{},"inputs":[]}',
  '{"seed":',
]
// − more often than +: the speed stays where a replay of the run stays quick.
const KEYS = ['Space', 'ArrowRight', 'ArrowLeft', '+', '-', '-', '?', 'Escape', 'Tab', 'Shift+Tab']

interface Target {
  i: number
  kind: 'click' | 'text' | 'select' | 'range'
  x: number
  y: number
  options: string[]
}

/** Marks the usable controls (inside an open modal dialog, if any) and returns one, scrolled into view. */
function pickTarget(page: Page, r: number): Promise<Target | null> {
  return page.evaluate((r) => {
    const root = document.querySelector('dialog[open]') ?? document.body
    const all = [
      ...root.querySelectorAll<HTMLElement>(
        'button, a[href], summary, select, input, textarea, [role="tab"], [role="switch"]',
      ),
    ].filter((el) => {
      if ((el as HTMLButtonElement).disabled) return false
      if (el instanceof HTMLInputElement && (el.type === 'file' || el.type === 'hidden'))
        return false
      // The scenario picker reloads the page with another run: not what a monkey should test.
      const label = el instanceof HTMLSelectElement ? (el.labels?.[0]?.textContent ?? '') : ''
      if (/Scenario|场景/.test(label)) return false
      const box = el.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden'
    })
    if (all.length === 0) return null
    const i = Math.floor(r * all.length)
    const el = all[i] as HTMLElement
    el.scrollIntoView({ block: 'center', inline: 'center' })
    const box = el.getBoundingClientRect()
    document.querySelector('[data-monkey]')?.removeAttribute('data-monkey')
    el.setAttribute('data-monkey', '1')
    const kind =
      el instanceof HTMLSelectElement
        ? 'select'
        : el instanceof HTMLTextAreaElement ||
            (el instanceof HTMLInputElement &&
              !['checkbox', 'radio', 'range', 'button', 'submit'].includes(el.type))
          ? 'text'
          : el instanceof HTMLInputElement && el.type === 'range'
            ? 'range'
            : 'click'
    const options =
      el instanceof HTMLSelectElement
        ? [...el.options].filter((o) => !o.disabled).map((o) => o.value)
        : []
    return { i, kind, x: box.x + box.width / 2, y: box.y + box.height / 2, options }
  }, r)
}

async function step(page: Page, rnd: ReturnType<typeof prng>, log: string[]): Promise<void> {
  const roll = rnd.next()
  if (roll < 0.25) {
    const key = rnd.pick(KEYS)
    log.push(`key ${key}`)
    await page.keyboard.press(key)
    return
  }
  if (roll < 0.33) {
    const box = await page.evaluate(() => {
      const track = document.querySelector<HTMLInputElement>('.timeline input[type="range"]')
      if (track === null || track.disabled) return null
      track.scrollIntoView({ block: 'center' })
      const r = track.getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height }
    })
    if (box === null || box.width === 0) return
    const y = box.y + box.height / 2
    const [a, b] = [rnd.next(), rnd.next()]
    log.push(`drag timeline ${a.toFixed(2)} → ${b.toFixed(2)}`)
    await page.mouse.move(box.x + a * box.width, y)
    await page.mouse.down()
    await page.mouse.move(box.x + b * box.width, y, { steps: 1 + rnd.int(5) })
    await page.mouse.up()
    return
  }
  if (roll < 0.36) {
    log.push('scroll')
    await page.mouse.wheel(0, (rnd.next() - 0.5) * 2000)
    return
  }
  const target = await pickTarget(page, rnd.next())
  if (target === null) return
  const el = page.locator('[data-monkey="1"]')
  if (target.kind === 'select' && target.options.length > 0) {
    const value = rnd.pick(target.options)
    log.push(`select #${target.i} ${value}`)
    await el.selectOption(value, { timeout: 1000 }).catch(() => {})
  } else if (target.kind === 'text') {
    const text = rnd.pick(TEXTS)
    log.push(`type #${target.i} ${JSON.stringify(text)}`)
    await el.fill(text, { timeout: 1000 }).catch(() => {})
    if (rnd.next() < 0.5) await page.keyboard.press('Enter')
  } else if (target.kind === 'range') {
    log.push(`range #${target.i}`)
    await page.mouse.click(target.x + (rnd.next() - 0.5) * 40, target.y)
  } else {
    log.push(`click #${target.i}`)
    await page.mouse.click(target.x, target.y)
  }
}

test('a seeded monkey breaks nothing, and its run replays to the same state', async ({
  page,
  browser,
  sim,
  consoleErrors,
}) => {
  test.setTimeout(MONKEY_MS + 240_000)
  console.log(`monkey: MONKEY_SEED=${SEED} MONKEY_MS=${MONKEY_MS}`)
  test.info().annotations.push({ type: 'MONKEY_SEED', description: String(SEED) })
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`)
    void d.dismiss()
  })
  page.on('filechooser', () => {})
  await gotoApp(page, { seed: String(SEED % 1000), lang: 'en', paused: '1' })
  await sim.ready()
  const rnd = prng(SEED)
  const log: string[] = []
  const end = Date.now() + MONKEY_MS
  let steps = 0
  while (Date.now() < end) {
    await step(page, rnd, log)
    steps++
    if (rnd.next() < 0.3) await page.waitForTimeout(rnd.int(120))
    if (steps % 100 === 0) {
      await expect(page.getByText('The simulation stopped'), log.slice(-20).join('\n')).toHaveCount(
        0,
      )
      expect(consoleErrors, log.slice(-20).join('\n')).toEqual([])
    }
  }
  console.log(`monkey: ${steps} steps`)

  // Close whatever is open, then the known control: Play / Pause still works.
  for (let i = 0; i < 5 && (await page.locator('dialog[open]').count()) > 0; i++)
    await page.keyboard.press('Escape')
  await expect(page.locator('dialog[open]')).toHaveCount(0)
  await expect(page.getByText('The simulation stopped')).toHaveCount(0)
  // The monkey may have hidden panels from the Panels menu (the timeline among them): bring the
  // default layout back with the menu's own button, in whichever language the page is now.
  if ((await page.getByTestId('timeline').count()) === 0) {
    const menu = page.locator('button[aria-expanded]', { hasText: '▾' }).first()
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click()
    await page.locator('.panels-menu-panel > button').last().click()
    await expect(page.getByTestId('timeline')).toHaveCount(1)
    await page.keyboard.press('Escape')
  }
  const play = page.locator('.btn-play')
  const paused = async () => (await play.textContent())?.includes('▶') ?? false
  if (!(await paused())) {
    await play.click()
    await expect.poll(paused).toBe(true)
  }
  const t0 = await currentTick(page)
  await play.click()
  await expect.poll(paused).toBe(false)
  await expect.poll(() => currentTick(page)).toBeGreaterThan(t0)
  await play.click()
  await expect.poll(paused).toBe(true)

  // The final state replays identically from the recorded inputs, in a fresh page.
  const run = await pageRun(page)
  const tick = await currentTick(page)
  const state = await viewJson(page)
  console.log(`monkey: ${run.inputs.length} inputs, tick ${tick}`)
  const context = await browser.newContext()
  const other = await context.newPage()
  await gotoApp(other, { seed: String(run.seed), lang: 'en', paused: '1' })
  await other.getByRole('button', { name: 'Import run…' }).click()
  const file = JSON.stringify({ ...run, until: tick, tick })
  await other.getByLabel('Run file').setInputFiles({
    name: 'monkey.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  })
  await expect(other.getByRole('alert').filter({ hasText: 'Loaded the run' })).toBeVisible({
    timeout: 180_000,
  })
  await expect(other.getByTestId('timeline')).toHaveAttribute('data-tick', String(tick))
  expect(await viewJson(other), `MONKEY_SEED=${SEED}`).toBe(state)
  await context.close()

  expect(dialogs).toEqual([])
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(consoleErrors, log.slice(-30).join('\n')).toEqual([])
})
