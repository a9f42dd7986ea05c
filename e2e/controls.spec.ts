// Forms and settings on the first page: engine errors shown at the field, producer settings,
// and the remembered language choice.

import { expect, gotoApp, test } from './fixtures'

const DEFAULT = { paused: '1', seed: '42', lang: 'en' }

test('create topic: the engine error appears at its field, and a good topic shows up', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const form = page.getByRole('form', { name: 'Create topic' })
  const rf = form.getByLabel('Replication factor')
  await rf.fill('9')
  await form.getByRole('button', { name: 'Create' }).click()
  await expect(rf).toHaveAttribute('aria-invalid', 'true')
  await expect(rf).toHaveAccessibleDescription(/replication factor must be between 1 and .*3/)

  await rf.fill('2')
  await form.getByLabel('Name').fill('payments')
  await form.getByRole('button', { name: 'Create' }).click()
  await expect(rf).not.toHaveAttribute('aria-invalid', 'true')
  await sim.advance(500)
  await expect(page.getByTestId('cli-topics')).toContainText('Topic: payments\tTopicId: ')
  await expect(page.getByTestId('partition-payments-2')).toBeVisible()
})

test('acks other than all turns idempotence off, and the page says so', async ({ page, sim }) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const note = page.getByText('idempotence is off', { exact: false })
  await expect(note).toBeHidden()
  const box = page.getByRole('checkbox', { name: /enable\.idempotence/ })
  await expect(box).toBeChecked()
  await page.getByLabel('acks', { exact: true }).selectOption('1')
  await expect(note).toBeVisible()
  await expect(page.getByLabel('acks', { exact: true })).toHaveValue('1')
  // The box shows what the producer does: off, and locked while acks is not all.
  await expect(box).not.toBeChecked()
  await expect(box).toBeDisabled()
  const producer = (await sim.state<{ producers: Record<string, { idempotent: boolean }> }>())
    .producers['producer-1']
  expect(producer?.idempotent).toBe(false)
  await page.getByLabel('acks', { exact: true }).selectOption('all')
  await expect(box).toBeChecked()
  await expect(note).toBeHidden()
})

test('the language switch changes the page and is remembered', async ({ page, sim }) => {
  await gotoApp(page, { paused: '1', seed: '42' })
  await sim.ready()
  await page.getByRole('button', { name: '中文' }).click()
  await expect(page.getByRole('heading', { name: '集群', exact: true })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await gotoApp(page, { paused: '1', seed: '42' })
  await expect(page.getByRole('heading', { name: '集群', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Cluster', exact: true })).toBeVisible()
})
