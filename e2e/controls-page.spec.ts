// The page's own controls, driven the way a teacher does: play / pause, step / step back / step N
// ms, scrubbing and forking the timeline, language and theme, the What-is-simplified dialog, the
// Panels menu and ?panels, term tooltips, and the highlight / narration hooks for what comes next.
// The cluster's controls are in controls-all.spec.ts.

import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'

const DEFAULT = { paused: '1', seed: '42', lang: 'en' }

const card = (page: Page, id: number) => page.getByTestId(`broker-${id}`)

interface Hooks {
  highlight(ids: string[], ms?: number): void
  narrate(text: string | null): void
}

const highlight = (page: Page, ids: string[], ms?: number) =>
  page.evaluate(
    ([list, t]) => (window as unknown as { kafkascope: Hooks }).kafkascope.highlight(list, t),
    [ids, ms] as const,
  )

const narrate = (page: Page, text: string | null) =>
  page.evaluate((t) => (window as unknown as { kafkascope: Hooks }).kafkascope.narrate(t), text)

const tick = async (page: Page) =>
  Number(await page.getByTestId('timeline').getAttribute('data-tick'))

test.beforeEach(async ({ page, sim }) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
})

test('Play / Pause, Step, Step N ms (validated) and Step back move the clock', async ({ page }) => {
  const timeline = page.getByTestId('timeline')
  // At the start of the run there is nothing to step back to.
  await expect(timeline).toHaveAttribute('data-tick', '0')
  await expect(page.getByRole('button', { name: 'Step back', exact: true })).toBeDisabled()
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible()

  const t0 = await tick(page)
  await page.getByRole('button', { name: 'Step', exact: true }).click()
  await expect.poll(() => tick(page)).toBeGreaterThan(t0)

  const amount = page.getByRole('textbox', { name: 'Step size (ms)' })
  await expect(amount).toHaveValue('100')
  await amount.fill('0')
  await expect(amount).toHaveAttribute('aria-invalid', 'true')
  await expect(amount).toHaveAccessibleDescription('A whole number from 1 to 60000')
  await amount.fill('60001')
  await expect(page.getByRole('button', { name: /^Step \d+ ms$/ })).toBeDisabled()
  await amount.fill('250')
  await expect(amount).not.toHaveAttribute('aria-invalid', 'true')
  const t1 = await tick(page)
  await page.getByRole('button', { name: 'Step 250 ms', exact: true }).click()
  await expect(timeline).toHaveAttribute('data-tick', String(t1 + 250))

  await page.getByRole('button', { name: 'Step back', exact: true }).click()
  await expect(timeline).toHaveAttribute('data-tick', String(t1 + 150))
})

test('dragging the timeline seeks; acting in the past forks and drops the later events', async ({
  page,
  sim,
}) => {
  await sim.advance(500)
  await card(page, 3).getByRole('button', { name: 'Kill', exact: true }).click()
  await sim.advance(2500)
  const timeline = page.getByTestId('timeline')
  await expect(timeline).toHaveAttribute('data-tick', '3000')
  const later = page.getByTestId('event-log').locator('[data-testid="event"]')
  const ticks = async () => await later.evaluateAll((els) => els.map((e) => Number(e.dataset.tick)))
  await expect.poll(async () => (await ticks()).some((t) => t > 800)).toBe(true)

  // drag the scrubber's thumb from the end to about a quarter of the way
  const scrub = page.getByRole('slider', { name: 'Simulated time' })
  const box = await scrub.boundingBox()
  if (box === null) throw new Error('no scrubber')
  const y = box.y + box.height / 2
  await page.mouse.move(box.x + box.width - 4, y)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 })
  await page.mouse.move(box.x + box.width * 0.25, y, { steps: 5 })
  await page.mouse.up()
  await expect.poll(() => tick(page)).toBeLessThan(1500)
  await expect(page.getByText('Viewing the past')).toBeVisible()

  await sim.seek(800)
  await expect(timeline).toHaveAttribute('data-tick', '800')
  await expect(card(page, 3)).toHaveAttribute('data-status', 'offline')
  await card(page, 3).getByRole('button', { name: 'Restart', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Change history?' })
  await expect(dialog).toContainText('later events will be discarded')
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Viewing the past')).toBeHidden()
  await expect.poll(async () => (await ticks()).filter((t) => t > 800)).toEqual([])
  await sim.advance(1000)
  await expect(card(page, 3)).toHaveAttribute('data-status', 'online')
})

test('the language and theme switches change the page', async ({ page }) => {
  await page.getByRole('button', { name: '中文' }).click()
  await expect(page.getByRole('heading', { name: '集群', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: '消费者组', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: '后退', exact: true })).toBeVisible()
  await page.getByRole('button', { name: '深色', exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('button', { name: 'Light', exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await expect(page.getByRole('heading', { name: 'Cluster', exact: true })).toBeVisible()
})

test('"What is simplified" lists the departures and the scaling table; Escape closes it', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'What is simplified', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'What is simplified' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Controller quorum')
  await expect(dialog).toContainText('Transactions')
  const lag = dialog.locator('tr[data-setting="replica.lag.time.max.ms"]')
  await expect(lag).toContainText('30,000 ms')
  await expect(lag).toContainText('3,000 ms')
  await expect(lag).toContainText('÷10')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // the README links to /#simplified, which opens it, in the page's language
  await page.goto('/?paused=1&seed=42&lang=zh#simplified')
  const zh = page.getByRole('dialog', { name: '简化了什么' })
  await expect(zh).toBeVisible()
  await expect(zh).toContainText('控制器仲裁')
  await zh.getByRole('button', { name: '关闭' }).click()
  await expect(zh).toBeHidden()
})

test('the Panels menu hides and moves panels, and the choice survives a reload', async ({
  page,
  sim,
}) => {
  await page.getByRole('button', { name: 'Panels' }).click()
  const list = page.getByRole('group', { name: 'Panels shown, in order' })
  await list.getByRole('checkbox', { name: 'Event log' }).uncheck()
  await expect(page.getByTestId('event-log')).toHaveCount(0)
  await list.getByRole('button', { name: 'Move Produce down' }).click()
  await page.keyboard.press('Escape')
  await expect(list).toBeHidden()

  await gotoApp(page, DEFAULT)
  await sim.ready()
  await expect(page.getByTestId('event-log')).toHaveCount(0)
  const order = await page
    .locator('main section.panel[data-testid]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))
  expect(order.indexOf('produce-panel')).toBeGreaterThan(order.indexOf('groups-panel'))
  await page.getByRole('button', { name: 'Panels' }).click()
  await expect(list.getByRole('checkbox', { name: 'Event log' })).not.toBeChecked()
  await list.getByRole('button', { name: 'Default layout' }).click()
  await expect(page.getByTestId('event-log')).toHaveCount(1)
})

test('?panels chooses the panels and their order; a bad name says so and shows the default', async ({
  page,
  sim,
}) => {
  // no timeline among them, so not gotoApp (which waits for it)
  await page.goto('/?paused=1&seed=42&lang=en&panels=event-log,cluster,partition-view')
  await sim.ready()
  const ids = () =>
    page
      .locator('main section.panel')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))
  await expect.poll(ids).toEqual(['event-log', 'cluster-panel', 'partition-view'])

  await page.goto('/?paused=1&seed=42&lang=en&panels=cluster,brokers')
  await expect(page.getByRole('alert')).toContainText("Unknown panel 'brokers'")
  await expect(page.getByTestId('event-log')).toHaveCount(1)
  await expect(page.getByTestId('config-panel')).toHaveCount(1)
})

test('a Kafka term shows its explanation on focus and hover; Escape closes it', async ({
  page,
}) => {
  const hw = page.getByTestId('partitions-panel').locator('th .term', { hasText: 'HW' })
  await hw.focus()
  const tip = page.getByRole('tooltip', { name: /HW \(high watermark\)/ })
  await expect(tip).toBeVisible()
  await expect(tip).toContainText('offsets below it are on every ISR replica')
  await expect(hw).toHaveAccessibleDescription(/committed and consumers can read them/)
  await page.keyboard.press('Escape')
  await expect(tip).toBeHidden()

  await page.getByTestId('partitions-panel').locator('th .term', { hasText: 'ISR' }).hover()
  await expect(page.getByRole('tooltip', { name: /ISR \(in-sync replicas\)/ })).toBeVisible()

  await page.getByRole('button', { name: '中文' }).click()
  const acks = page.locator('.term', { hasText: 'acks' }).first()
  await acks.focus()
  await expect(page.getByRole('tooltip', { name: /acks（确认级别）/ })).toBeVisible()
})

test('window.kafkascope.highlight and narrate: brokers, replicas, HW line, consumers, events', async ({
  page,
  sim,
}) => {
  const form = page.getByRole('form', { name: 'Add a consumer group' })
  await form.getByLabel('Group id').fill('g1')
  await form.getByLabel('Consumers').fill('1')
  await form.getByRole('button', { name: 'Add group' }).click()
  await sim.advance(3000)
  await expect(page.getByTestId('member-g1-c1')).toBeVisible()

  // the newest event is the first row of the log (older rows are not rendered until scrolled to)
  const newest = (await page.getByTestId('event').first().getAttribute('data-event-id')) ?? ''
  expect(newest).toMatch(/^event-\d+$/)
  const ids = ['broker-2', 'replica-orders-0-1', 'pv-hw', 'member-g1-c1', newest, 'cli-topics']
  await highlight(page, ids, 5000)
  await expect(page.getByTestId('broker-2')).toHaveClass(/highlighted/)
  await expect(page.getByTestId('replica-orders-0-1')).toHaveClass(/highlighted/)
  await expect(page.getByTestId('pv-hw')).toHaveClass(/highlighted/)
  await expect(page.getByTestId('member-g1-c1')).toHaveClass(/highlighted/)
  await expect(page.locator(`[data-event-id="${newest}"]`)).toHaveClass(/highlighted/)
  // any other element with that test id is marked too
  await expect(page.getByTestId('cli-topics')).toHaveAttribute('data-highlight', 'on')
  await expect(page.getByTestId('broker-1')).not.toHaveClass(/highlighted/)
  await highlight(page, [])
  await expect(page.getByTestId('broker-2')).not.toHaveClass(/highlighted/)
  await expect(page.getByTestId('cli-topics')).not.toHaveAttribute('data-highlight', 'on')

  const narration = page.getByTestId('narration')
  await expect(narration).toBeEmpty()
  await narrate(page, '<b>The ISR</b> shrinks')
  await expect(narration).toHaveText('<b>The ISR</b> shrinks')
  await expect(narration.locator('b')).toHaveCount(0)
  await narrate(page, null)
  await expect(narration).toBeEmpty()
})
