// The Partition panel: one row of log cells per replica, the HW line across them, and a leader
// that dies and comes back without breaking the drawing.

import { expect, gotoApp, test } from './fixtures'

interface PartitionState {
  leader: number | null
  replicas: number[]
  highWatermark: number
}

async function partition(sim: { state<T>(): Promise<T> }, key: string): Promise<PartitionState> {
  const s = await sim.state<{ partitions: Record<string, PartitionState> }>()
  const p = s.partitions[key]
  if (p === undefined) throw new Error(`no partition ${key}`)
  return p
}

test('three records show as three cells on every replica, with the HW line at 3', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await gotoApp(page, { paused: '1', seed: '42', lang: 'en' })
  await sim.ready()
  await page.getByTestId('partition-orders-0').getByRole('button', { name: 'orders-0' }).click()
  const view = page.getByTestId('partition-view')
  await expect(view.getByRole('heading', { name: 'Partition log: orders-0' })).toBeVisible()

  for (const i of [1, 2, 3]) {
    await page.getByLabel('Key', { exact: true }).fill(`customer-${i}`)
    await page.getByLabel('Value', { exact: true }).fill(`order #${i}`)
    await page.getByLabel('Partition', { exact: true }).fill('0')
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect(page.getByText('Handed to the producer')).toBeVisible()
  }
  await sim.advance(500)

  const p = await partition(sim, 'orders-0')
  expect(p.replicas).toHaveLength(3)
  for (const b of p.replicas) {
    const row = view.getByTestId(`pv-row-${b}`)
    await expect(row.locator('[data-testid^="pv-cell-"]')).toHaveCount(3)
    for (const o of [0, 1, 2]) await expect(row.getByTestId(`pv-cell-${b}-${o}`)).toHaveCount(1)
  }
  // The leader's row comes first and carries the star.
  await expect(view.locator('[data-testid^="pv-row-"]').first()).toHaveAttribute(
    'data-testid',
    `pv-row-${p.leader}`,
  )
  await expect(view.getByTestId(`pv-row-${p.leader}`)).toHaveAttribute('data-role', 'leader')
  await expect(view.getByTestId('pv-hw')).toHaveAttribute('data-offset', '3')
  await expect(view.getByTestId('pv-caption')).toContainText('offsets below 3 are committed')

  // Kill the leader, restart it 3 s later: a new leader takes over and the old one rejoins.
  const old = p.leader as number
  await sim.dispatch({ type: 'killBroker', broker: old })
  await sim.advance(3000)
  await expect(view.getByTestId(`pv-row-${old}`)).toHaveAttribute('data-role', 'offline')
  const next = (await partition(sim, 'orders-0')).leader
  expect(next).not.toBe(old)
  await expect(view.getByTestId(`pv-row-${next}`)).toHaveAttribute('data-role', 'leader')
  await sim.dispatch({ type: 'restartBroker', broker: old })
  await sim.advance(1000)
  await expect(view.getByTestId(`pv-row-${old}`)).not.toHaveAttribute('data-role', 'offline')
  await expect(view.getByTestId(`pv-row-${old}`).locator('[data-testid^="pv-cell-"]')).toHaveCount(
    3,
  )
  await expect(view.getByTestId('pv-hw')).toHaveAttribute('data-offset', '3')
  expect(consoleErrors).toEqual([])
})

test('the window controls and the segment toggle are labelled buttons', async ({ page, sim }) => {
  await gotoApp(page, { paused: '1', seed: '42', lang: 'en' })
  await sim.ready()
  const view = page.getByTestId('partition-view')
  await expect(view.getByRole('heading', { name: 'Partition log: orders-0' })).toBeVisible()
  const follow = view.getByRole('button', { name: 'Follow the end' })
  await expect(follow).toHaveAttribute('aria-pressed', 'true')
  await expect(view.getByRole('button', { name: 'Later ▶' })).toBeDisabled()
  const segments = view.getByRole('button', { name: 'Show segments' })
  await segments.focus()
  await page.keyboard.press('Enter')
  await expect(segments).toHaveAttribute('aria-pressed', 'true')
  await expect(view.getByText('named after its own base offset')).toBeVisible()
  await expect(view.getByTestId('pv-segment').first()).toHaveAttribute('data-base', '0')
})
