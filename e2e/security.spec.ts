// Security: the built page carries a strict Content-Security-Policy and runs under it without a
// single violation; the policy really blocks injected script; and script-injection payloads sent
// through every input, the console API, URL parameters and imported files are shown as text and
// never execute (window.__pwned stays undefined, no element with an event handler appears).

import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'
import { cspViolations, enableTestHooks, watchCsp } from './runHelpers'

const DEFAULT = { paused: '1', seed: '42', lang: 'en' }

const PAYLOADS = [
  '<script>window.__pwned="script"</script>',
  '"><img src=x onerror="window.__pwned=\'img\'">',
  '<svg onload="window.__pwned=\'svg\'"></svg>',
  'javascript:window.__pwned="js"',
  '{{constructor.constructor("window.__pwned=1")()}}',
  "'-alert(1)-'",
]

async function nothingRan(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned ?? null,
    handlers: [...document.querySelectorAll('*')]
      .filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
      .map((el) => el.outerHTML.slice(0, 80)),
    scripts: document.querySelectorAll('script:not([src]), script[src^="data:"]').length,
    jsLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
    images: document.querySelectorAll('img[src="x"]').length,
  }))
  expect(found).toEqual({ pwned: null, handlers: [], scripts: 0, jsLinks: 0, images: 0 })
  expect(await cspViolations(page)).toEqual([])
}

test.beforeEach(async ({ page }) => {
  await watchCsp(page)
})

test('the built page has a strict CSP and runs under it without a violation', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  for (const d of [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
  ])
    expect(csp).toContain(d)
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|\*/)
  // A tour of what moves: records, a failover, a group, the partition log, dialogs, themes.
  await page.getByLabel('Key', { exact: true }).fill('k')
  await page.getByLabel('Value', { exact: true }).fill('v')
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  await sim.dispatch({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 })
  await sim.dispatch({ type: 'setAutoProduce', rate: 20, keys: 'uniform', topic: 'orders' })
  await page.getByRole('button', { name: 'Play', exact: true }).click()
  await page.waitForTimeout(1500)
  await page.getByTestId('broker-1').getByRole('button', { name: 'Kill', exact: true }).click()
  await page.waitForTimeout(1500)
  await page.getByRole('button', { name: 'Pause', exact: true }).click()
  await page.keyboard.press('?')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Import run…' }).click()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('button', { name: /Dark/ }).click()
  await page.getByRole('button', { name: '中文' }).click()
  await page.getByRole('button', { name: 'English' }).click()
  await nothingRan(page)
  expect(consoleErrors).toEqual([])
})

test('the policy blocks injected inline script and string code', async ({ page, sim }) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  // (page.evaluate itself may eval: DevTools is exempt. What it schedules for later is not.)
  const pwned = await page.evaluate(async () => {
    const s = document.createElement('script')
    s.textContent = 'window.__pwned = "inline"'
    document.head.append(s)
    const a = document.createElement('a')
    a.href = 'javascript:window.__pwned="link"'
    document.body.append(a)
    a.click()
    a.remove()
    ;(setTimeout as (code: string, ms: number) => number)('window.__pwned = "string timer"', 0)
    await new Promise((r) => setTimeout(r, 100))
    return (window as { __pwned?: unknown }).__pwned ?? null
  })
  expect(pwned).toBeNull()
  const violations = await cspViolations(page)
  expect(violations.filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(3)
})

test('payloads typed into every input never execute and show as text', async ({
  page,
  sim,
  consoleErrors,
}) => {
  test.setTimeout(120_000)
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const produce = page.getByRole('region', { name: 'Produce' })
  for (const p of PAYLOADS) {
    // Accepted: a record's key and value (shown in the log cells, the event log, fates).
    await produce.getByLabel('Key', { exact: true }).fill(p)
    await produce.getByLabel('Value', { exact: true }).fill(p)
    await produce.getByRole('button', { name: 'Send', exact: true }).click()
    await expect(page.getByText('Handed to the producer')).toBeVisible()
    // Refused, with the engine's message: names, ids, numbers, settings.
    const create = page.getByRole('form', { name: 'Create topic' })
    await create.getByLabel('Name').fill(p)
    await create.getByRole('button', { name: 'Create' }).click()
    await expect(create.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
    // Kafka takes any group.id; kafkascope refuses only "/" and control characters. Either way
    // the id is data: a group card named by it, or the refusal at the field.
    const group = page.getByRole('form', { name: 'Add a consumer group' })
    await group.getByLabel('Group id').fill(p)
    await group.getByRole('button', { name: 'Add group' }).click()
    if (p.includes('/'))
      await expect(group.getByLabel('Group id')).toHaveAttribute('aria-invalid', 'true')
    else await expect(page.getByTestId(`group-${p}`)).toContainText(p)
    await produce.getByLabel('Partition', { exact: true }).fill(p)
    await produce.getByRole('button', { name: 'Send', exact: true }).click()
    await produce.getByLabel('Partition', { exact: true }).fill('')
    const panel = page.getByTestId('config-panel')
    await panel.getByRole('tab', { name: 'Brokers' }).click()
    await panel.getByLabel('replica.lag.time.max.ms', { exact: true }).fill(p)
    await panel.getByLabel('replica.lag.time.max.ms', { exact: true }).press('Escape')
  }
  await sim.advance(1000)
  // The console API and the narration: strings from a script are data too.
  for (const p of PAYLOADS) {
    await sim.dispatch({ type: 'produce', topic: 'orders', key: p, value: p, headers: { [p]: p } })
    await sim.dispatch({ type: 'createTopic', name: p, partitions: 1, replicationFactor: 1 })
    await sim.dispatch({ type: 'produce', topic: p, value: p })
    await sim.dispatch({ type: 'addGroup', group: 'g1', topics: [p] })
    await sim.dispatch({ type: p, broker: p } as never)
    await page.evaluate((text) => {
      const api = (window as unknown as { kafkascope: { narrate?(t: string): void } }).kafkascope
      api.narrate?.(text)
    }, p)
  }
  await sim.advance(1000)
  // The partition log shows each record's key: open orders-0's.
  await page.getByTestId('partition-orders-0').first().click()
  const shown = (text: string) =>
    page.evaluate(
      (t) => [...document.querySelectorAll('title')].some((el) => el.textContent?.includes(t)),
      text,
    )
  // (The key hashes the "><img …" record to orders-0: its cells name it, as text.)
  await expect.poll(() => shown(PAYLOADS[1] as string)).toBe(true)
  await nothingRan(page)
  expect(consoleErrors).toEqual([])
})

test('payloads in URL parameters and in imported runs never execute', async ({
  page,
  sim,
  consoleErrors,
}) => {
  test.setTimeout(120_000)
  await enableTestHooks(page)
  await page.addInitScript(() => localStorage.removeItem('kafkascope.run'))
  for (const p of PAYLOADS) {
    for (const param of ['lang', 'seed', 'scenario', 'paused', 'worker']) {
      await gotoApp(page, { ...DEFAULT, [param]: p })
      await sim.ready()
      await expect(page.getByRole('alert').filter({ hasText: p }).first()).toBeVisible()
      await nothingRan(page)
    }
  }
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const dialog = page.getByRole('dialog', { name: 'Import a run' })
  for (const p of PAYLOADS) {
    await page.getByRole('button', { name: 'Import run…' }).click()
    // Refused files echo the bad value, as text.
    await dialog
      .getByLabel('Or paste the JSON')
      .fill(JSON.stringify({ seed: p, config: p, inputs: [{ tick: p, command: { type: p } }] }))
    await dialog.getByRole('button', { name: 'Load run' }).click()
    await expect(dialog.getByRole('alert')).toContainText(p.slice(0, 8))
    await dialog.getByLabel('Or paste the JSON').fill(`${p}{`)
    await dialog.getByRole('button', { name: 'Load run' }).click()
    await expect(dialog.getByRole('alert')).toContainText('Not valid JSON')
    // An accepted file: payloads in its records, its scenario, its commands; loaded from a file.
    const run = {
      seed: 42,
      config: {},
      scenario: p,
      property: p,
      inputs: [
        { tick: 0, command: { type: 'produce', topic: 'orders', key: p, value: p } },
        {
          tick: 10,
          command: { type: 'createTopic', name: p, partitions: 1, replicationFactor: 1 },
        },
        { tick: 20, command: { type: 'addGroup', group: p, topics: ['orders'] } },
      ],
      until: 500,
    }
    await dialog.getByLabel('Run file').setInputFiles({
      name: `${p}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(run)),
    })
    await expect(dialog).toBeHidden()
    await expect(
      page.getByRole('alert').filter({ hasText: 'refused when replayed' }).first(),
    ).toContainText('topic name must be')
    await nothingRan(page)
  }
  expect(consoleErrors).toEqual([])
})
