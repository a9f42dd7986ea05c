// The numbers that change on every frame sit in fixed boxes the browser lays out on their own
// (FixedText, the replica chips, the producer's fate lists, the timeline's markers): the boxes
// must still hold their text, in both languages and once the numbers have grown, the chips'
// numbers must stay under their LEO and HW heads, and the markers must stay where their time is.

import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'

test.use({ viewport: { width: 1920, height: 1080 } })

/** Boxes whose content is wider than the box (what a too-small fixed box would show). */
function overflowing(page: Page): Promise<string[]> {
  return page
    .locator('.fixed-text, .replica-num, .fate-box')
    .evaluateAll((els) =>
      els
        .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
        .map((e) => `${e.className}: "${e.textContent}" ${e.scrollWidth}/${e.clientWidth}`),
    )
}

/** How far (px) the chips' LEO and HW numbers are from the right edges of their heads. */
function misalignment(page: Page): Promise<number> {
  return page.locator('ul.replicas').evaluateAll((lists) => {
    let worst = 0
    for (const ul of lists) {
      const heads = [...ul.querySelectorAll('.replica-cols > span')].slice(2)
      for (const chip of ul.querySelectorAll('.replica')) {
        const nums = chip.querySelectorAll('.replica-num')
        heads.forEach((h, i) => {
          const n = nums[i]
          if (n === undefined) return
          const d = Math.abs(h.getBoundingClientRect().right - n.getBoundingClientRect().right)
          worst = Math.max(worst, d)
        })
      }
    }
    return worst
  })
}

/** The first marker's centre as a fraction of the marker track's width. */
function firstMarkerAt(page: Page): Promise<number> {
  return page.locator('.marker-track').evaluate((track) => {
    const m = track.querySelector('.marker')
    if (m === null) return -1
    const t = track.getBoundingClientRect()
    const r = m.getBoundingClientRect()
    return (r.left + r.width / 2 - t.left) / t.width
  })
}

for (const lang of ['en', 'zh']) {
  test(`fixed boxes hold their numbers as they grow (${lang})`, async ({ page, sim }) => {
    test.setTimeout(60_000)
    await gotoApp(page, { scenario: 'bench-classroom', paused: '1', seed: '1', lang })
    await sim.ready()
    await sim.advance(20_000)
    await expect(page.locator('.marker-track .marker').first()).toBeVisible()
    const early = await firstMarkerAt(page)
    expect(early).toBeGreaterThan(0)
    expect(await overflowing(page)).toEqual([])
    expect(await misalignment(page)).toBeLessThanOrEqual(1)
    // Five times as long a run: the same first marker, a fifth as far along the track.
    await sim.advance(80_000)
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', /^1\d{5}$/)
    const late = await firstMarkerAt(page)
    expect(late).toBeCloseTo(early / 5, 2)
    // Three- and four-digit offsets, five-digit counters: the boxes widened with them.
    expect(await page.locator('.replica-num').first().textContent()).toMatch(/^\D*\d{3,}$/)
    expect(await overflowing(page)).toEqual([])
    expect(await misalignment(page)).toBeLessThanOrEqual(1)
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 420, height: 900 } })

  test('a fate row cut short shows its whole text as a tooltip', async ({ page, sim }) => {
    await gotoApp(page, { scenario: 'bench-classroom', paused: '1', seed: '1', lang: 'en' })
    await sim.ready()
    await sim.advance(5_000)
    const rows = page.locator('[data-testid="producer-inflight"] .fate-text')
    await rows.first().scrollIntoViewIfNeeded()
    const cut = await rows.evaluateAll((els) => els.findIndex((e) => e.scrollWidth > e.clientWidth))
    expect(cut).toBeGreaterThanOrEqual(0)
    const row = rows.nth(cut)
    await row.hover()
    expect(await row.getAttribute('title')).toBe(await row.textContent())
    expect(await overflowing(page)).toEqual([])
  })
})
