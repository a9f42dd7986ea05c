// Helpers shared by the reliability, monkey and security specs: the test-only crash hook, the
// page's view as canonical JSON (sorted keys, without the page-chosen partition focus), the run
// the page reports, CSP violations, and building something through the forms.

import type { Page } from '@playwright/test'
import { expect, type Sim } from './fixtures'

export interface RunInput {
  tick: number
  command: { type: string } & Record<string, unknown>
}
export interface Run {
  seed: number
  config: Record<string, unknown>
  inputs: RunInput[]
}

/** Installs window.__kafkascopeTest (crashWorker, setWatchdogMs, runLog) on every load of `page`. */
export async function enableTestHooks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    ;(window as unknown as { __KAFKASCOPE_TEST__: boolean }).__KAFKASCOPE_TEST__ = true
  })
}

/** Records Content-Security-Policy violations in window.__cspViolations (from the first script on). */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const list: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = list
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`)
    })
  })
}

export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])

/** The view in the page's store as JSON with sorted keys, the partition focus left out. */
export function viewJson(page: Page): Promise<string> {
  return page.evaluate(() => {
    const api = (window as unknown as { kafkascope?: { state(): unknown } }).kafkascope
    const sort = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(sort)
      if (v === null || typeof v !== 'object') return v
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(v).sort())
        if (k !== 'focus') out[k] = sort((v as Record<string, unknown>)[k])
      return out
    }
    return JSON.stringify(sort(api?.state() ?? null))
  })
}

/** The run as the simulation reports it (window.kafkascope.run()). */
export function pageRun(page: Page): Promise<Run> {
  return page.evaluate(async () => {
    const api = (window as unknown as { kafkascope: { run(): Promise<unknown> } }).kafkascope
    return (await api.run()) as Run
  })
}

export async function currentTick(page: Page): Promise<number> {
  return Number(await page.getByTestId('timeline').getAttribute('data-tick'))
}

/** Through the forms: a topic, two records, a killed broker, then some time. */
export async function buildSomething(page: Page, sim: Sim): Promise<void> {
  const form = page.getByRole('form', { name: 'Create topic' })
  await form.getByLabel('Name').fill('payments')
  await form.getByLabel('Partitions').fill('2')
  await form.getByLabel('Replication factor').fill('3')
  await form.getByRole('button', { name: 'Create' }).click()
  await expect(form.getByText('Done')).toBeVisible()
  await sim.advance(300)
  for (const [key, value] of [
    ['alice', 'first order'],
    ['bob', 'second order'],
  ] as const) {
    await page.getByLabel('Key', { exact: true }).fill(key)
    await page.getByLabel('Value', { exact: true }).fill(value)
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await expect(page.getByText('Handed to the producer')).toBeVisible()
    await sim.advance(150)
  }
  await page.getByTestId('broker-2').getByRole('button', { name: 'Kill', exact: true }).click()
  await expect(page.getByTestId('broker-2')).toHaveAttribute('data-status', 'offline')
  await sim.advance(1500)
}
