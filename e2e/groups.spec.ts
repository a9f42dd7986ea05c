// Consumer groups: creating a group from the form, a rebalance when a consumer joins (seen in the
// panel and in kafka-consumer-groups.sh), reprocessing after a crash before the commit, an idle
// fourth consumer, errors at their fields, and accessibility with a group on the page.

import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, gotoApp, type Sim, test } from './fixtures'

const DEFAULT = { paused: '1', seed: '42', lang: 'en' }

interface Row {
  topic: string
  partition: number
  consumerId: string
  clientId: string
}

/** The table rows of `kafka-consumer-groups.sh --describe` for one group. */
async function describeRows(page: Page, group: string): Promise<Row[]> {
  const text = await page.getByTestId('cli-groups').innerText()
  return text
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((cols) => cols[0] === group && cols.length === 9)
    .map((c) => ({
      topic: c[1] as string,
      partition: Number(c[2]),
      consumerId: c[6] as string,
      clientId: c[8] as string,
    }))
}

async function generation(group: Locator): Promise<number> {
  return Number(await group.getAttribute('data-generation'))
}

/** Advances in steps until `cond` holds on the page's view (or fails after `max` ms). */
async function advanceUntil(
  sim: Sim,
  cond: (view: GroupsState) => boolean,
  max = 20_000,
  step = 100,
): Promise<void> {
  for (let t = 0; t <= max; t += step) {
    if (cond(await sim.state<GroupsState>())) return
    await sim.advance(step)
  }
  throw new Error(`condition not met within ${max} ms of simulated time`)
}

interface GroupsState {
  groups: {
    groups: Record<
      string,
      {
        state: string
        processedTwice: number
        members: { clientId: string; batchDone: number; batchSize: number; state: string }[]
      }
    >
  }
}

async function addGroupFromForm(
  page: Page,
  opts: { id: string; consumers: string; commit?: string; processingMs?: string },
): Promise<Locator> {
  const form = page.getByRole('form', { name: 'Add a consumer group' })
  await form.getByLabel('Group id').fill(opts.id)
  await expect(form.getByRole('checkbox', { name: 'orders' })).toBeChecked()
  await form.getByLabel('Consumers').fill(opts.consumers)
  if (opts.commit !== undefined) await form.getByLabel('Commit').selectOption(opts.commit)
  if (opts.processingMs !== undefined)
    await form.getByLabel('ms per record').fill(opts.processingMs)
  await form.getByRole('button', { name: 'Add group' }).click()
  const group = page.getByTestId(`group-${opts.id}`)
  await expect(group).toBeVisible()
  return group
}

test('a consumer joining rebalances the group; kafka-consumer-groups.sh shows the new assignment', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const group = await addGroupFromForm(page, { id: 'g1', consumers: '1' })
  await sim.advance(3000)
  await expect(group).toHaveAttribute('data-state', 'Stable')
  await expect(page.getByTestId('member-g1-c1')).toHaveAttribute(
    'data-assigned',
    'orders-0,orders-1,orders-2',
  )
  const before = await generation(group)
  for (let i = 0; i < 6; i++)
    await sim.dispatch({ type: 'produce', topic: 'orders', key: null, value: `v${i}` })
  await sim.advance(2000)

  await group.getByRole('button', { name: 'Add consumer', exact: true }).click()
  await sim.advance(4000)
  await expect(group).toHaveAttribute('data-state', 'Stable')
  expect(await generation(group)).toBeGreaterThan(before)

  const c1 = page.getByTestId('member-g1-c1')
  const c2 = page.getByTestId('member-g1-c2')
  const ids = [await c1.getAttribute('data-member-id'), await c2.getAttribute('data-member-id')]
  expect(ids[0]).toMatch(/^c1-/)
  expect(ids[1]).toMatch(/^c2-/)
  const assigned = [await c1.getAttribute('data-assigned'), await c2.getAttribute('data-assigned')]
  expect(assigned.join(',').split(',').sort()).toEqual(['orders-0', 'orders-1', 'orders-2'])

  await expect(page.getByTestId('cli-groups')).toContainText('--describe --group g1')
  // The CLI panel may sit below the fold, where it re-renders after the visible panels: retry the
  // whole reading until it shows the new assignment (or the test times out).
  await expect(async () => {
    const rows = await describeRows(page, 'g1')
    expect(
      rows
        .filter((r) => r.topic === 'orders')
        .map((r) => r.partition)
        .sort(),
    ).toEqual([0, 1, 2])
    expect(new Set(rows.map((r) => r.consumerId))).toEqual(new Set(ids))
    expect(new Set(rows.map((r) => r.clientId))).toEqual(new Set(['c1', 'c2']))
  }).toPass({ timeout: 10_000 })
  expect(consoleErrors).toEqual([])
})

test('a consumer that crashes before committing: the next owner processes the records again', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const group = await addGroupFromForm(page, {
    id: 'g1',
    consumers: '1',
    commit: 'after-processing',
    processingMs: '200',
  })
  await sim.advance(3000)
  await expect(group).toHaveAttribute('data-state', 'Stable')
  for (let i = 0; i < 8; i++)
    await sim.dispatch({
      type: 'produce',
      topic: 'orders',
      partition: 0,
      key: null,
      value: `r${i}`,
    })
  await advanceUntil(
    sim,
    (v) => (v.groups.groups.g1?.members.find((m) => m.clientId === 'c1')?.batchDone ?? 0) >= 3,
    10_000,
    50,
  )
  const c1 = page.getByTestId('member-g1-c1')
  await c1.getByRole('button', { name: 'Crash' }).click()
  await expect(c1).toHaveAttribute('data-member-state', 'dead')
  await group.getByRole('button', { name: 'Add consumer', exact: true }).click()
  await advanceUntil(sim, (v) => (v.groups.groups.g1?.processedTwice ?? 0) > 0, 30_000, 250)

  await expect(group).toContainText(/records \d+–\d+ of orders-0 processed twice by g1/)
  await page.getByPlaceholder('Filter events').fill('processed twice')
  const log = page.locator('.events')
  await expect(log).toContainText('processed twice by g1')
  await page.getByPlaceholder('Filter events').fill('crashed')
  await expect(log).toContainText('consumer c1 of group g1 crashed')
})

test('a fourth consumer on a three-partition topic sits idle, and the card says why', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  await sim.dispatch({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 4 })
  await sim.advance(4000)
  await expect(page.getByTestId('group-g1')).toHaveAttribute('data-state', 'Stable')
  const idle = page.locator('[data-testid^="member-g1-"][data-member-state="idle"]')
  await expect(idle).toHaveCount(1)
  await expect(idle).toHaveAttribute('data-assigned', '')
  await expect(idle).toContainText('idle')
  await expect(idle).toContainText('Idle: 4 consumers for 3 partitions')
})

test('bad input shows the engine’s message at the field', async ({ page, sim }) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const form = page.getByRole('form', { name: 'Add a consumer group' })
  const id = form.getByLabel('Group id')
  await id.fill('')
  await form.getByRole('button', { name: 'Add group' }).click()
  await expect(id).toHaveAttribute('aria-invalid', 'true')
  await expect(id).toHaveAccessibleDescription(/group id must not be empty/)

  // An empty number field is refused at the field, not read as 0.
  await id.fill('g1')
  for (const [label, message] of [
    ['ms per record', /processing time per record must be a whole number/],
    ['Consumers', /consumers must be between 0 and/],
  ] as const) {
    const field = form.getByLabel(label)
    const before = await field.inputValue()
    await field.fill('')
    await form.getByRole('button', { name: 'Add group' }).click()
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(field).toHaveAccessibleDescription(message)
    await field.fill(before)
  }
  await expect(page.getByTestId('group-g1')).toHaveCount(0)

  await form.getByRole('checkbox', { name: 'orders' }).uncheck()
  await form.getByRole('button', { name: 'Add group' }).click()
  await expect(id).not.toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByRole('checkbox', { name: 'orders' })).toHaveAccessibleDescription(
    /subscribe to at least one topic/,
  )

  // an inactive group (no consumers) may be reset, but not beyond the log end
  await sim.dispatch({ type: 'addGroup', group: 'g2', topics: ['orders'], consumers: 0 })
  await sim.advance(500)
  const g2 = page.getByTestId('group-g2')
  await g2.getByText('Settings and offset reset').click()
  const reset = g2.getByRole('form', { name: /Reset offsets/ })
  await reset.getByLabel('To', { exact: true }).selectOption('offset')
  await reset.getByLabel('Offset', { exact: true }).fill('999')
  await reset.getByRole('button', { name: 'Reset offsets' }).click()
  await expect(reset.getByLabel('Offset', { exact: true })).toHaveAccessibleDescription(
    /offset 999 is beyond the log end of orders-0/,
  )

  // an active group may not be reset at all: Kafka's refusal, at the button
  await sim.dispatch({ type: 'addGroup', group: 'g3', topics: ['orders'], consumers: 1 })
  await sim.advance(3000)
  const g3 = page.getByTestId('group-g3')
  await g3.getByText('Settings and offset reset').click()
  const button = g3.getByRole('button', { name: 'Reset offsets' })
  await button.click()
  await expect(button).toHaveAccessibleDescription(
    /can only be reset if the group 'g3' is inactive/,
  )
})

test('no serious or critical accessibility violation with a group on the page', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  await sim.dispatch({
    type: 'addGroup',
    group: 'g1',
    topics: ['orders'],
    consumers: 4,
    commitPolicy: 'after-processing',
    processingMs: 50,
  })
  await sim.dispatch({ type: 'setAutoProduce', rate: 10, keys: 'uniform', topic: 'orders' })
  await sim.advance(4000)
  await sim.dispatch({ type: 'crashConsumer', group: 'g1', clientId: 'c2' })
  await sim.advance(300)
  await expect(page.getByTestId('group-g1')).toBeVisible()
  await page.getByTestId('group-g1').getByText('Settings and offset reset').click()
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(bad).toEqual([])
})
