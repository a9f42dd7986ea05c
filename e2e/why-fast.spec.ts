// "Why is Kafka fast?": the study notes' reasons, each tied to a live figure of the simulation.

import { expect, gotoApp, test } from './fixtures'

const DEFAULT = { paused: '1', seed: '42', lang: 'en' }

test('"Why is Kafka fast?" ties each reason to what the simulation shows now', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  for (let i = 0; i < 9; i++)
    await sim.dispatch({ type: 'produce', topic: 'orders', key: `k${i}`, value: `v${i}` })
  await sim.advance(400)

  await page.setViewportSize({ width: 1280, height: 720 })
  await page.getByRole('button', { name: 'Why is Kafka fast?', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Why is Kafka fast?' })
  await expect(dialog).toBeVisible()
  // It opens at its title (focused), not scrolled down to the Close button.
  await expect(dialog.getByRole('heading', { name: 'Why is Kafka fast?' })).toBeFocused()
  await expect(dialog.getByRole('heading', { name: 'Why is Kafka fast?' })).toBeInViewport()
  for (const id of ['batching', 'sequential', 'page-cache', 'zero-copy', 'compression'])
    await expect(dialog.locator(`[data-reason="${id}"]`)).toBeVisible()
  // nine records were appended to the three partitions of orders, all still in the page cache
  await expect(dialog.getByTestId('why-fast-sequential')).toContainText(
    '9 records appended at the end of 3 partition logs',
  )
  await expect(dialog.getByTestId('why-fast-page-cache')).toContainText(
    '27 records on 9 replicas are written but only in the page cache',
  )
  await expect(dialog.locator('[data-reason="compression"]')).toContainText('not modelled')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // the address #why-fast opens it, in the page's language (a fresh page: no run to resume)
  await page.addInitScript(() => localStorage.removeItem('kafkascope.run'))
  await page.goto('/?paused=1&seed=42&lang=zh#why-fast')
  await expect(page.getByRole('dialog', { name: 'Kafka 为什么快？' })).toBeVisible()
  await expect(page.getByTestId('why-fast-batching')).toContainText('此刻')
  expect(consoleErrors).toEqual([])
})
