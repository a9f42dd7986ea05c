// The cluster panel: the per-card "More" menu (keyboard, faults), the theme switch, the compact
// layout of a 12-broker cluster on a projector-sized screen, and accessibility in the dark theme.

import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'

const DEFAULT = { paused: '1', seed: '42', lang: 'en' }

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page })
  if (include !== undefined) builder.include(include)
  const results = await builder.analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

test('the per-card menu opens with the keyboard; arrows move, Escape closes it', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const card = page.getByTestId('broker-1')
  const more = card.getByRole('button', { name: 'More Broker 1' })
  await expect(more).toHaveAttribute('aria-expanded', 'false')
  await more.focus()
  await page.keyboard.press('Enter')
  const menu = card.getByRole('group', { name: 'More actions for broker 1' })
  await expect(menu).toBeVisible()
  await expect(more).toHaveAttribute('aria-expanded', 'true')
  await expect(menu.getByRole('button', { name: 'Graceful shutdown' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('button', { name: 'Power failure' })).toBeFocused()
  await page.keyboard.press('End')
  await expect(menu.getByRole('button', { name: 'Elect preferred leaders' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(more).toBeFocused()
  await expect(more).toHaveAttribute('aria-expanded', 'false')
  // Kill and Restart never move into the menu
  await expect(card.getByRole('button', { name: 'Kill', exact: true })).toBeVisible()
  await expect(card.getByRole('button', { name: 'Restart', exact: true })).toBeVisible()
})

for (const lang of ['en', 'zh'] as const)
  test(`every card's menu opens inside the window on a projector (${lang})`, async ({
    page,
    sim,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await gotoApp(page, { ...DEFAULT, lang })
    await sim.ready()
    for (const id of [1, 2, 3]) {
      const card = page.getByTestId(`broker-${id}`)
      await card.locator('.menu-button').click()
      const panel = card.locator('.broker-menu-panel')
      await expect(panel).toBeVisible()
      const box = await panel.boundingBox()
      expect(box, `broker ${id}`).not.toBeNull()
      if (box === null) return
      expect(box.x, `broker ${id}: left edge`).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, `broker ${id}: right edge`).toBeLessThanOrEqual(1366)
      await page.keyboard.press('Escape')
      await expect(panel).toBeHidden()
    }
  })

test('"Power failure" from the menu takes a follower offline; the leader stays', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const follower = page.locator('[data-testid^="replica-orders-0-"][data-role="follower"]').first()
  const id = Number(((await follower.getAttribute('data-testid')) ?? '').split('-').pop())
  const leader = page.locator('[data-testid^="replica-orders-0-"][data-role="leader"]')
  const leaderId = await leader.getAttribute('data-testid')
  const card = page.getByTestId(`broker-${id}`)
  await card.getByRole('button', { name: `More Broker ${id}` }).click()
  await card.getByRole('button', { name: 'Power failure', exact: true }).click()
  await sim.advance(500)
  await expect(card).toHaveAttribute('data-status', 'offline')
  await expect(card.getByRole('button', { name: 'Restart', exact: true })).toBeEnabled()
  await expect(card.getByRole('button', { name: 'Kill', exact: true })).toBeDisabled()
  await expect(leader).toHaveAttribute('data-testid', leaderId ?? '')
  expect(consoleErrors).toEqual([])
})

test('"Slow down" applies the chosen extra latency and shows it on the card', async ({
  page,
  sim,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const card = page.getByTestId('broker-2')
  await card.getByRole('button', { name: 'More Broker 2' }).click()
  await card.getByRole('button', { name: '+2000 ms' }).click()
  await expect(card).toHaveAttribute('data-slow-ms', '2000')
  await expect(card.getByText('slow +2000 ms')).toBeVisible()
})

test('the dark theme sets data-theme on <html> and is remembered', async ({ page, sim }) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-theme', 'light')
  await page.getByRole('button', { name: 'Dark' }).click()
  await expect(html).toHaveAttribute('data-theme', 'dark')
  expect(await page.evaluate(() => localStorage.getItem('kafkascope.theme'))).toBe('dark')
  await gotoApp(page, DEFAULT)
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true')
  await page.getByRole('button', { name: 'Light' }).click()
  await expect(html).toHaveAttribute('data-theme', 'light')
})

test.describe('with a dark system colour scheme', () => {
  test.use({ colorScheme: 'dark' })

  test('the theme follows prefers-color-scheme until the user picks one', async ({ page }) => {
    await gotoApp(page, DEFAULT)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  })

  test('the dark theme has no serious or critical accessibility violations', async ({
    page,
    sim,
  }) => {
    await gotoApp(page, DEFAULT)
    await sim.ready()
    test.setTimeout(60_000)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await page.getByTestId('broker-3').getByRole('button', { name: 'Kill', exact: true }).click()
    await sim.advance(500)
    await expect(page.getByTestId('broker-3')).toHaveAttribute('data-status', 'offline')
    await page.getByRole('button', { name: 'More Broker 1' }).click()
    expect(await seriousViolations(page)).toEqual([])
  })
})

test.describe('on a 1920×1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } })

  test('bench-stress shows all 432 replica chips without scrolling', async ({ page, sim }) => {
    await gotoApp(page, { ...DEFAULT, scenario: 'bench-stress' })
    await sim.ready()
    const cards = page.locator('[data-testid^="broker-"][data-status]')
    await expect(cards).toHaveCount(12)
    const chips = page.locator('[data-testid^="broker-"][data-status] [data-testid^="replica-"]')
    await expect(chips).toHaveCount(432)
    const outside = await page
      .locator('[data-testid^="broker-"][data-status], [data-status] [data-testid^="replica-"]')
      .evaluateAll((els) =>
        els
          .filter((e) => {
            const r = e.getBoundingClientRect()
            return r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth
          })
          .map((e) => e.getAttribute('data-testid')),
      )
    expect(outside).toEqual([])
    expect(await page.evaluate(() => scrollY)).toBe(0)
    // compact chips carry their details in a tooltip
    await expect(chips.first()).toHaveAttribute('title', /LEO \d+, HW \d+/)
  })

  test('the compact cluster in the dark theme passes axe', async ({ page, sim }) => {
    test.setTimeout(60_000)
    await page.addInitScript(() => localStorage.setItem('kafkascope.theme', 'dark'))
    await gotoApp(page, { ...DEFAULT, scenario: 'bench-stress' })
    await sim.ready()
    await page.getByTestId('broker-1').getByRole('button', { name: 'Kill', exact: true }).click()
    await sim.advance(300)
    await expect(page.getByTestId('broker-1')).toHaveAttribute('data-status', 'offline')
    expect(await seriousViolations(page, '[data-testid="cluster-panel"]')).toEqual([])
  })
})
