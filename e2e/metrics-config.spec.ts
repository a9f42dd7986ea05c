// The settings panel (inline validation, the engine's errors at the field, applied values), the
// metrics charts (OfflinePartitionsCount when every replica of a topic is down) and the
// producer's partition skew with one hot key.

import { expect, gotoApp, type Sim, test } from './fixtures'

const DEFAULT = { paused: '1', seed: '42', lang: 'en' }

interface View {
  config: { broker: Record<string, number | boolean> }
  partitions: Record<string, { topic: string; replicas: number[] }>
  producers: Record<string, { autoRate: number; autoKeys: string }>
}

const view = (sim: Sim) => sim.state<View>()

test('settings: an invalid value is refused at the field and applies nothing; a valid one applies', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const panel = page.getByTestId('config-panel')
  await panel.getByRole('tab', { name: 'Brokers' }).click()
  const lag = panel.getByLabel('replica.lag.time.max.ms', { exact: true })
  await expect(lag).toHaveValue('3000')

  await lag.fill('0')
  await lag.press('Enter')
  await expect(lag).toHaveAttribute('aria-invalid', 'true')
  await expect(lag).toHaveAccessibleDescription(/must be between 1 and 600000/)
  await expect(panel.getByRole('button', { name: 'Apply' })).toBeDisabled()
  expect((await view(sim)).config.broker.replicaLagTimeMaxMs).toBe(3000)
  const inputs = await page.evaluate(async () => {
    type Api = { run(): Promise<{ inputs: { command: { type: string } }[] } | undefined> }
    const api = (window as unknown as { kafkascope: Api }).kafkascope
    return ((await api.run())?.inputs ?? []).map((i) => i.command.type)
  })
  expect(inputs).not.toContain('setBrokerConfig')

  await lag.fill('5000')
  await expect(lag).not.toHaveAttribute('aria-invalid', 'true')
  await lag.press('Enter')
  await expect.poll(async () => (await view(sim)).config.broker.replicaLagTimeMaxMs).toBe(5000)
  // Re-open the broker settings: the applied value is what the cluster runs with.
  await panel.getByRole('tab', { name: 'Producer' }).click()
  await expect(lag).toBeHidden()
  await panel.getByRole('tab', { name: 'Brokers' }).click()
  await expect(panel.getByLabel('replica.lag.time.max.ms', { exact: true })).toHaveValue('5000')
})

test('settings: a value the engine refuses shows the engine’s message at the field', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const panel = page.getByTestId('config-panel')
  await panel.getByRole('tab', { name: 'Brokers' }).click()
  // In range on its own, but not below broker.session.timeout.ms (900 here).
  const hb = panel.getByLabel('broker.heartbeat.interval.ms', { exact: true })
  await hb.fill('900')
  await panel.getByRole('button', { name: 'Apply' }).click()
  await expect(hb).toHaveAttribute('aria-invalid', 'true')
  await expect(hb).toHaveAccessibleDescription(/must be below broker\.session\.timeout\.ms/)
  expect((await view(sim)).config.broker.brokerHeartbeatIntervalMs).toBe(200)
})

test('metrics: OfflinePartitionsCount rises once every broker of orders is killed', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const offline = page.getByTestId('chart-offline-offline')
  await expect(page.getByTestId('chart-offline')).toContainText('OfflinePartitionsCount')
  await sim.advance(1000)
  await expect(offline).toHaveAttribute('data-value', '0')
  const parts = Object.values((await view(sim)).partitions).filter((p) => p.topic === 'orders')
  const brokers = [...new Set(parts.flatMap((p) => p.replicas))].sort()
  for (const broker of brokers) await sim.dispatch({ type: 'killBroker', broker })
  await sim.advance(2000)
  await expect
    .poll(async () => Number(await offline.getAttribute('data-value')))
    .toBeGreaterThanOrEqual(parts.length)
  await expect(page.getByTestId('chart-offline')).toHaveClass(/chart-alarm/)
})

test('auto-produce at 10 records/s with one hot key: one partition’s bar is clearly the tallest', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const produce = page.getByRole('region', { name: 'Produce' })
  await produce.getByLabel('Keys').selectOption('hot')
  await produce.getByLabel('Rate').fill('10')
  await expect
    .poll(async () => (await view(sim)).producers['producer-1'])
    .toMatchObject({ autoRate: 10, autoKeys: 'hot' })
  await sim.advance(10_000)
  const bars = produce.getByTestId('partition-skew').locator('[data-count]')
  await expect(bars).toHaveCount(3)
  const counts = (await bars.evaluateAll((els) => els.map((e) => Number(e.dataset.count)))).sort(
    (a, b) => b - a,
  )
  expect(counts[0]).toBeGreaterThan(50)
  expect(counts[0]).toBeGreaterThan(2 * (counts[1] ?? 0))
  await expect(produce.getByTestId('producer-inflight')).toContainText('acknowledged')
})

test('a rate above the slider’s range (bench-stress: 500 records/s) is shown as it is and kept when the keys change', async ({
  page,
  sim,
}) => {
  await gotoApp(page, { ...DEFAULT, scenario: 'bench-stress' })
  await sim.ready()
  const produce = page.getByRole('region', { name: 'Produce' })
  await expect(produce.locator('output')).toContainText('500')
  await produce.getByLabel('Keys').selectOption('hot')
  await expect
    .poll(async () => (await view(sim)).producers['producer-1'])
    .toMatchObject({ autoRate: 500, autoKeys: 'hot' })
})
