// The cluster's controls, driven the way a teacher does (clicks, menus, the keyboard) with
// window.kafkascope only to move simulated time deterministically: broker faults, a slow follower
// leaving and rejoining the ISR, an isolated leader, keyed and unkeyed records, and acks=all
// refused for lack of replicas. The page's own controls are in controls-page.spec.ts.

import type { Locator, Page } from '@playwright/test'
import { expect, gotoApp, type Sim, test } from './fixtures'

const DEFAULT = { paused: '1', seed: '42', lang: 'en' }

interface Producers {
  producers: Record<string, { autoRate: number }>
}

interface View {
  partitions: Record<string, { leader: number | null; isr: number[]; logEndOffset: number }>
}

/** Kafka's Utils.murmur2 (seed 0x9747b28c), as the default partitioner hashes a key. */
function murmur2(data: Uint8Array): number {
  const m = 0x5bd1e995
  const length = data.length
  let h = 0x9747b28c ^ length
  const at = (i: number) => (data[i] ?? 0) & 0xff
  for (let i = 0; i + 4 <= length; i += 4) {
    let k = at(i) | (at(i + 1) << 8) | (at(i + 2) << 16) | (at(i + 3) << 24)
    k = Math.imul(k, m)
    k ^= k >>> 24
    k = Math.imul(k, m)
    h = Math.imul(h, m) ^ k
  }
  const tail = length & ~3
  const rest = length % 4
  if (rest === 3) h ^= at(tail + 2) << 16
  if (rest >= 2) h ^= at(tail + 1) << 8
  if (rest >= 1) h = Math.imul(h ^ at(tail), m)
  h ^= h >>> 13
  h = Math.imul(h, m)
  h ^= h >>> 15
  return h
}

const partitionOf = (key: string, partitions: number) =>
  (murmur2(new TextEncoder().encode(key)) & 0x7fffffff) % partitions

const card = (page: Page, id: number) => page.getByTestId(`broker-${id}`)

/** Opens a broker card's "More" menu. */
async function menu(page: Page, id: number): Promise<Locator> {
  await card(page, id)
    .getByRole('button', { name: `More Broker ${id}` })
    .click()
  return card(page, id).getByRole('group', { name: `More actions for broker ${id}` })
}

async function leaderOf(page: Page, partition: string): Promise<number> {
  const chip = page.locator(`[data-testid^="replica-${partition}-"][data-role="leader"]`)
  await expect(chip).toHaveCount(1)
  return Number(((await chip.getAttribute('data-testid')) ?? '').split('-').pop())
}

/** The LEO of each orders partition, read from its leader's chip on the cluster panel. */
async function leos(page: Page): Promise<number[]> {
  const out: number[] = []
  for (const p of [0, 1, 2]) {
    const chip = page.locator(`[data-testid^="replica-orders-${p}-"][data-role="leader"]`)
    out.push(Number(await chip.getAttribute('data-leo')))
  }
  return out
}

/** Advances in steps of `step` ms until `check` passes (or fails after `max` ms). */
async function advanceUntil(sim: Sim, check: () => Promise<boolean>, max = 20_000, step = 250) {
  for (let t = 0; t <= max; t += step) {
    if (await check()) return
    await sim.advance(step)
  }
  throw new Error(`not reached within ${max} ms of simulated time`)
}

/** The presentation hooks of window.kafkascope (highlight, narrate). */

test.beforeEach(async ({ page, sim }) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
})

test('Kill takes a broker offline and Restart brings it back', async ({
  page,
  sim,
  consoleErrors,
}) => {
  const b = card(page, 1)
  await b.getByRole('button', { name: 'Kill', exact: true }).click()
  await sim.advance(500)
  await expect(b).toHaveAttribute('data-status', 'offline')
  await b.getByRole('button', { name: 'Restart', exact: true }).click()
  await sim.advance(2000)
  await expect(b).toHaveAttribute('data-status', 'online')
  await expect(b.getByRole('button', { name: 'Kill', exact: true })).toBeEnabled()
  expect(consoleErrors).toEqual([])
})

test('a slowed follower leaves the ISR, and rejoins once its fetches are fast again', async ({
  page,
  sim,
}) => {
  const follower = page.locator('[data-testid^="replica-orders-0-"][data-role="follower"]').first()
  const id = Number(((await follower.getAttribute('data-testid')) ?? '').split('-').pop())
  const chip = page.getByTestId(`replica-orders-0-${id}`)
  await expect(chip).toHaveAttribute('data-in-sync', 'true')
  // a follower with nothing to copy is caught up however slow it is: keep records coming
  const rate = page.getByRole('slider', { name: 'Rate' })
  await rate.focus()
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
  await expect
    .poll(async () => (await sim.state<Producers>()).producers['producer-1']?.autoRate)
    .toBe(5)
  await (await menu(page, id)).getByRole('button', { name: '+4000 ms' }).click()
  await expect(card(page, id)).toHaveAttribute('data-slow-ms', '4000')
  await advanceUntil(sim, async () => (await chip.getAttribute('data-in-sync')) === 'false')
  await expect(chip).toHaveAttribute('data-in-sync', 'false')

  await (await menu(page, id)).getByRole('button', { name: 'Normal speed' }).click()
  await expect(card(page, id)).toHaveAttribute('data-slow-ms', '0')
  await advanceUntil(sim, async () => (await chip.getAttribute('data-in-sync')) === 'true')
  await expect(chip).toHaveAttribute('data-in-sync', 'true')
})

test('an isolated leader loses its partitions after the session timeout; Reconnect heals it', async ({
  page,
  sim,
}) => {
  const old = await leaderOf(page, 'orders-0')
  await (await menu(page, old)).getByRole('button', { name: 'Isolate', exact: true }).click()
  await sim.advance(100)
  await expect(card(page, old)).toHaveAttribute('data-status', 'isolated')
  // broker.session.timeout.ms is 900 here: the controller fences it and elects a new leader
  await sim.advance(1500)
  await expect(card(page, old)).toHaveAttribute('data-fenced', 'true')
  expect(await leaderOf(page, 'orders-0')).not.toBe(old)
  await expect(
    page.getByTestId('event-log').locator('[data-type="leaderElected"]'),
  ).not.toHaveCount(0)

  await (await menu(page, old)).getByRole('button', { name: 'Reconnect', exact: true }).click()
  await sim.advance(2000)
  await expect(card(page, old)).toHaveAttribute('data-status', 'online')
  await expect(card(page, old)).toHaveAttribute('data-fenced', 'false')
})

test('a keyed record goes to its murmur2 partition; an unkeyed one to some partition', async ({
  page,
  sim,
}) => {
  const key = 'customer-42'
  const expected = partitionOf(key, 3)
  const before = await leos(page)
  await page.getByLabel('Key', { exact: true }).fill(key)
  await page.getByLabel('Value', { exact: true }).fill('order #1')
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(page.getByText('Handed to the producer')).toBeVisible()
  await sim.advance(500)
  const after = await leos(page)
  expect(after.map((v, i) => v - (before[i] ?? 0))).toEqual(
    [0, 1, 2].map((p) => (p === expected ? 1 : 0)),
  )
  // the log view of that partition shows the record as a cell
  await page.getByTestId(`partition-orders-${expected}`).getByRole('button').click()
  await expect(page.getByTestId('pv-row-1')).toHaveAttribute('data-leo', '1')

  await page.getByLabel('Key', { exact: true }).fill('')
  await page.getByLabel('Value', { exact: true }).fill('no key')
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  await sim.advance(500)
  const unkeyed = await leos(page)
  expect(unkeyed.reduce((a, b) => a + b, 0)).toBe(after.reduce((a, b) => a + b, 0) + 1)
})

test('the idempotent producer shows its producer id and epoch; acks=1 turns it off', async ({
  page,
  sim,
}) => {
  const pid = page.getByTestId('producer-id')
  const v = await sim.state<{ producers: Record<string, { producerId: number }> }>()
  const id = v.producers['producer-1']?.producerId
  await expect(pid).toContainText(`producer id ${id}, epoch 0`)
  await page.getByLabel('acks', { exact: true }).selectOption('1')
  await expect(pid).toBeHidden()
  await page.getByLabel('acks', { exact: true }).selectOption('all')
  await expect(pid).toBeVisible()
})

test('acks=all with min.insync.replicas=2 and two followers down: NOT_ENOUGH_REPLICAS', async ({
  page,
  sim,
}) => {
  await page.getByLabel('acks', { exact: true }).selectOption('1')
  await page.getByLabel('acks', { exact: true }).selectOption('all')
  await expect(page.getByLabel('acks', { exact: true })).toHaveValue('all')
  const config = page.getByTestId('config-panel')
  const minIsr = config.getByLabel('min.insync.replicas', { exact: true })
  await minIsr.fill('3')
  await minIsr.fill('2')
  await expect(minIsr).toHaveValue('2')

  const leader = await leaderOf(page, 'orders-0')
  for (const id of [1, 2, 3].filter((b) => b !== leader))
    await card(page, id).getByRole('button', { name: 'Kill', exact: true }).click()
  await sim.advance(2000)
  const v = await sim.state<View>()
  expect(v.partitions['orders-0']?.isr).toEqual([leader])

  await page.getByLabel('Key', { exact: true }).fill('k')
  await page.getByLabel('Value', { exact: true }).fill('refused')
  await page.getByLabel('Partition', { exact: true }).fill('0')
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  await sim.advance(300)
  const fates = page.getByTestId('producer-inflight')
  await expect(fates.locator('[data-outcome="NOT_ENOUGH_REPLICAS"]').first()).toBeVisible()
  await expect(fates).toContainText('refused: the ISR is smaller than min.insync.replicas')
  const errors = page
    .getByTestId('event-log')
    .locator('[data-testid="event"][data-type="produceError"]')
  await expect(errors.first()).toBeVisible()
  await expect(errors.first()).toContainText('NOT_ENOUGH_REPLICAS')
})
