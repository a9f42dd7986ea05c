// Bad input in every URL parameter (lang, seed, scenario, paused, worker) and in the import box:
// a hostile value falls back with a notice naming it, JSON garbage is refused at the box; nothing
// is applied, nothing executes, no console error, and the page keeps responding.

import { expect, gotoApp, test } from './fixtures'
import { DEFAULT, open, probe, safe, stillResponds, TEXT } from './fuzzProbe'
import { viewJson } from './runHelpers'

test('the import box: JSON garbage is refused at the box and applies nothing', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await open(page, sim)
  await page.getByRole('button', { name: 'Import run…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import a run' })
  const box = dialog.getByLabel('Or paste the JSON')
  await probe(page, {
    field: box,
    submit: () => dialog.getByRole('button', { name: 'Load run' }).click(),
    values: [
      ...TEXT,
      '{',
      '[]',
      'null',
      '{"seed":42}',
      '{"seed":42,"config":{},"inputs":[{"tick":0}]}',
      '{"seed":42,"config":{},"inputs":[{"tick":0,"command":{"type":"__proto__"}}]}',
      '{"__proto__":{"polluted":1},"seed":1,"config":{},"inputs":"x"}',
      `{"seed":42,"config":{},"inputs":[${'{"tick":1,"command":{"type":"nope"}},'.repeat(500)}1]}`,
      '{"seed":1e999,"config":{"brokers":"<script>window.__pwned=1</script>"},"inputs":[]}',
    ],
  })
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await stillResponds(page, sim)
  expect(consoleErrors).toEqual([])
})

test('the import box answers in Chinese, with no English pieces', async ({ page, sim }) => {
  await gotoApp(page, { ...DEFAULT, lang: 'zh' })
  await sim.ready()
  await page.getByRole('button', { name: '导入运行…' }).click()
  const dialog = page.getByRole('dialog')
  const box = dialog.locator('textarea')
  const alert = dialog.getByRole('alert')
  for (const [text, want] of [
    ['[]', '（收到 一个数组）'],
    [' ', '（收到 空内容）'],
    ['{"seed":1,"config":{},"inputs":{}}', '（收到 一个对象）'],
    [
      '{"seed":1,"config":{"broker":{"minInsyncReplicas":"two"}},"inputs":[]}',
      'broker.minInsyncReplicas：min.insync.replicas 必须是整数',
    ],
  ] as const) {
    await box.fill(text)
    await dialog.getByRole('button', { name: '加载运行' }).click()
    await expect(alert).toContainText(want)
    await expect(alert).not.toContainText(/an array|an object|nothing|must be/)
  }
})

const URL_VALUES = [
  '',
  ' ',
  '-1',
  '99999999999999999999',
  'NaN',
  '1.5',
  'x'.repeat(10_000),
  'ünïcødé 中文 🦄',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  '{{7*7}}',
  'javascript:window.__pwned=1',
]

const VALID: Record<string, (v: string) => boolean> = {
  lang: (v) => v === 'en' || v === 'zh',
  seed: (v) => /^-?\d{1,10}$/.test(v) && Number(v) >= -2_147_483_648 && Number(v) <= 4_294_967_295,
  scenario: (v) => v === '',
  paused: (v) => ['0', '1', 'true', 'false'].includes(v),
  worker: (v) => ['0', '1', 'true', 'false'].includes(v),
}

test('URL parameters: a hostile value falls back with a notice naming it', async ({
  page,
  sim,
  consoleErrors,
}) => {
  test.setTimeout(180_000)
  // Every load here starts fresh (no "Resume where you left off?" for the run of the previous one).
  await page.addInitScript(() => localStorage.removeItem('kafkascope.run'))
  await open(page, sim)
  const baseline = await viewJson(page)
  for (const param of Object.keys(VALID)) {
    for (const value of URL_VALUES) {
      const params = { ...DEFAULT, [param]: value }
      await gotoApp(page, params)
      await sim.ready()
      const valid = VALID[param]?.(value) ?? false
      const notice = page
        .getByRole('alert')
        .filter({ hasText: param === 'lang' ? 'language' : param })
      if (valid) await expect(notice).toHaveCount(0)
      else {
        await expect(notice.first()).toBeVisible()
        const text = (await notice.first().innerText()) ?? ''
        expect(text.length, 'a long value is shortened').toBeLessThan(400)
      }
      if (param !== 'seed' || !valid) {
        if (param === 'paused') {
          // The fallback plays: pause, and wait until the simulation says it paused.
          await page.getByRole('button', { name: 'Pause', exact: true }).click()
          await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible()
        } else expect(await viewJson(page), `${param}=${value.slice(0, 30)}`).toBe(baseline)
      }
      await safe(page)
      await stillResponds(page, sim)
    }
  }
  expect(consoleErrors).toEqual([])
})
