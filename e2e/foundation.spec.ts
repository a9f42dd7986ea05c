// The foundation: the default page, a produced record raising the HW, a leader failover driven
// from the broker card, URL notices, the Chinese UI, and an accessibility scan.

import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'

const DEFAULT = { paused: '1', seed: '42', lang: 'en' }

/** The partition lines of `kafka-topics.sh --describe` for one topic, by partition number. */
async function describeLines(page: Page, topic: string): Promise<string[]> {
  const text = await page.getByTestId('cli-topics').innerText()
  return text.split('\n').filter((l) => l.startsWith(`\tTopic: ${topic}\tPartition: `))
}

async function leaderOf(page: Page, partition: string): Promise<number> {
  const chip = page.locator(`[data-testid^="replica-${partition}-"][data-role="leader"]`)
  await expect(chip).toHaveCount(1)
  const id = (await chip.getAttribute('data-testid')) ?? ''
  return Number(id.slice(`replica-${partition}-`.length))
}

test('the default page shows 3 brokers and kafka-topics.sh output for orders', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  await expect(page.locator('[data-testid^="broker-"][data-status]')).toHaveCount(3)
  for (const id of [1, 2, 3])
    await expect(page.getByTestId(`broker-${id}`)).toHaveAttribute('data-status', 'online')
  await expect(page.locator('[data-controller="true"]')).toHaveCount(1)
  await expect(page.getByTestId('cli-topics')).toContainText('Topic: orders\tTopicId: ')
  await expect(page.getByTestId('cli-topics')).toContainText(
    'PartitionCount: 3\tReplicationFactor: 3\tConfigs: min.insync.replicas=2',
  )
  const lines = await describeLines(page, 'orders')
  expect(lines).toHaveLength(3)
  for (const [i, line] of lines.entries())
    expect(line).toMatch(new RegExp(`^\\tTopic: orders\\tPartition: ${i}\\tLeader: [123]\\t`))
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', '0')
  expect(consoleErrors).toEqual([])
})

test('a record sent from the form raises the HW of its partition leader', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const leaders = page.locator('[data-testid^="replica-orders-"][data-role="leader"]')
  await expect(leaders).toHaveCount(3)
  const hwBefore = await leaders.evaluateAll((els) => els.map((e) => Number(e.dataset.hw)))
  expect(hwBefore).toEqual([0, 0, 0])

  await page.getByLabel('Key', { exact: true }).fill('customer-7')
  await page.getByLabel('Value', { exact: true }).fill('order #1')
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(page.getByText('Handed to the producer')).toBeVisible()
  await sim.advance(500)

  await expect
    .poll(async () =>
      (await leaders.evaluateAll((els) => els.map((e) => Number(e.dataset.hw)))).sort(),
    )
    .toEqual([0, 0, 1])
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', '500')
  expect(consoleErrors).toEqual([])
})

test('killing the leader of orders-0 elects a new leader from the previous ISR', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const old = await leaderOf(page, 'orders-0')
  await expect
    .poll(async () => (await describeLines(page, 'orders'))[0] ?? '')
    .toContain(`\tLeader: ${old}\t`)
  const before = (await describeLines(page, 'orders'))[0] ?? ''
  const isr = (/\tIsr: ([\d,]+)\t/.exec(before)?.[1] ?? '').split(',').map(Number)
  expect(isr).toContain(old)

  const card = page.getByTestId(`broker-${old}`)
  await expect(card.getByRole('button', { name: 'Restart', exact: true })).toBeDisabled()
  await card.getByRole('button', { name: 'Kill', exact: true }).click()
  await sim.advance(3000)

  await expect(card).toHaveAttribute('data-status', 'offline')
  await expect(card.getByRole('button', { name: 'Kill', exact: true })).toBeDisabled()
  await expect(card.getByRole('button', { name: 'Restart', exact: true })).toBeEnabled()
  const next = await leaderOf(page, 'orders-0')
  expect(next).not.toBe(old)
  expect(isr).toContain(next)
  // The CLI panel may sit below the fold, where it re-renders after the visible panels: wait for it.
  await expect
    .poll(async () => (await describeLines(page, 'orders'))[0] ?? '')
    .toContain(`\tPartition: 0\tLeader: ${next}\t`)
  const after = (await describeLines(page, 'orders'))[0] ?? ''
  expect(after).not.toMatch(new RegExp(`\\tIsr: [\\d,]*${old}`))
  expect(consoleErrors).toEqual([])
})

test('a bad URL parameter falls back and says so in an alert', async ({ page }) => {
  await gotoApp(page, { ...DEFAULT, scenario: 'nope' })
  await expect(page.getByRole('alert')).toContainText(
    "Unknown scenario 'nope' — using the default cluster",
  )
  await expect(page.locator('[data-testid^="broker-"][data-status]')).toHaveCount(3)
})

test('?lang=zh renders the page in Chinese', async ({ page, consoleErrors }) => {
  await gotoApp(page, { ...DEFAULT, lang: 'zh' })
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByRole('heading', { name: '集群', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: '分区', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: '事件日志', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: '播放' })).toBeVisible()
  expect(consoleErrors).toEqual([])
})

test('the default page has no serious or critical accessibility violations', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  await expect(page.locator('[data-testid^="broker-"][data-status]')).toHaveCount(3)
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(bad).toEqual([])
})

test('acting in the past asks first, because it discards later events', async ({ page, sim }) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  await sim.advance(2000)
  await sim.seek(500)
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', '500')
  await page.getByTestId('broker-1').getByRole('button', { name: 'Kill', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('This changes history: later events will be discarded.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'online')
})

test('runs on the main thread with ?worker=0', async ({ page, sim, consoleErrors }) => {
  await gotoApp(page, { ...DEFAULT, worker: '0' })
  await sim.ready()
  await sim.advance(1000)
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', '1000')
  await expect(page.locator('[data-testid^="broker-"][data-status]')).toHaveCount(3)
  expect(consoleErrors).toEqual([])
})

test('keyboard: ? lists shortcuts, → steps, Space plays and pauses, but not while typing', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await page.getByLabel('Key', { exact: true }).fill('a b')
  await page.getByLabel('Key', { exact: true }).press('Space')
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()

  await page.locator('body').click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('timeline')).not.toHaveAttribute('data-tick', '0')
  await page.keyboard.press(' ')
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  await page.keyboard.press(' ')
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible()
})

test('clicking an event seeks to its tick and highlights what it touched', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  await sim.advance(200)
  await page.getByTestId('broker-1').getByRole('button', { name: 'Kill', exact: true }).click()
  await sim.advance(3000)
  const row = page.locator('.event-row', { hasText: 'was killed (kill -9)' })
  await expect(row).toHaveCount(1)
  await row.click()
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', '200')
  await expect(page.getByTestId('broker-1')).toHaveClass(/highlighted/)
  await expect(page.getByText('Viewing the past')).toBeVisible()
})

test('a fatal simulation error shows an alert whose button restarts the simulation', async ({
  page,
}) => {
  // Make the first worker fail: a seek before init is an error the host reports as fatal.
  await page.addInitScript(() => {
    const post = Worker.prototype.postMessage
    let broken = false
    Worker.prototype.postMessage = function (this: Worker, msg: unknown, ...rest: unknown[]) {
      if (!broken && (msg as { type?: string }).type === 'init') {
        broken = true
        post.call(this, { type: 'seek', tick: 1 })
      }
      return (post as (m: unknown, ...r: unknown[]) => void).call(this, msg, ...rest)
    } as Worker['postMessage']
  })
  await gotoApp(page, DEFAULT)
  const alert = page.getByRole('alert').filter({ hasText: 'The simulation stopped' })
  await expect(alert).toContainText('not initialised')
  await alert.getByRole('button', { name: 'Restart simulation' }).click()
  await expect(alert).toBeHidden()
  await expect(page.locator('[data-testid^="broker-"][data-status="online"]')).toHaveCount(3)
})
