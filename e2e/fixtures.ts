// Shared Playwright fixtures and helpers for kafkascope's e2e specs.
//
//   import { test, expect, gotoApp, collectConsoleErrors } from './fixtures'
//
//   test('loads', async ({ page, sim, consoleErrors }) => {
//     await gotoApp(page, { seed: '42' })
//     await sim.advance(1000)
//     expect(await sim.state()).toBeTruthy()
//     expect(consoleErrors).toEqual([])
//   })

import { test as base, type Page } from '@playwright/test'

export { expect } from '@playwright/test'

/** What the app exposes as `window.kafkascope` (each method may or may not return a promise). */
export interface KafkascopeApi {
  state(): unknown
  dispatch(command: unknown): unknown
  advance(ms: number): unknown
  seek(tick: number): unknown
}

type ApiMethod = keyof KafkascopeApi

/** Test-side helpers around `window.kafkascope`; every call is awaited inside the page. */
export interface Sim {
  /** Resolves once `window.kafkascope` exists (gotoApp() does not wait for it). */
  ready(timeoutMs?: number): Promise<void>
  /** The engine state, serialised through page.evaluate (so only plain data survives). */
  state<T = unknown>(): Promise<T>
  dispatch(command: unknown): Promise<unknown>
  advance(ms: number): Promise<unknown>
  seek(tick: number): Promise<unknown>
}

const READY_TIMEOUT_MS = 10_000

async function waitForApi(page: Page, timeoutMs = READY_TIMEOUT_MS): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const api = (window as unknown as { kafkascope?: Partial<KafkascopeApi> }).kafkascope
        return !!api && typeof api.state === 'function'
      },
      undefined,
      { timeout: timeoutMs },
    )
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    throw new Error(
      `window.kafkascope did not appear within ${timeoutMs} ms on ${page.url()} ` +
        `(did the test call gotoApp(), and does the app expose it?)\n${reason}`,
    )
  }
}

async function callApi(page: Page, method: ApiMethod, args: unknown[]): Promise<unknown> {
  await waitForApi(page)
  return page.evaluate(
    async ([name, callArgs]) => {
      const api = (window as unknown as { kafkascope?: Record<string, unknown> }).kafkascope
      const fn = api?.[name]
      if (typeof fn !== 'function') throw new Error(`window.kafkascope.${name} is not a function`)
      return await (fn as (...a: unknown[]) => unknown).apply(api, callArgs)
    },
    [method, args] as const,
  )
}

/** Builds the helpers for one page (also usable outside the fixture, e.g. for a second page). */
export function createSim(page: Page): Sim {
  return {
    ready: (timeoutMs) => waitForApi(page, timeoutMs),
    state: async <T = unknown>() => (await callApi(page, 'state', [])) as T,
    dispatch: (command) => callApi(page, 'dispatch', [command]),
    advance: (ms) => callApi(page, 'advance', [ms]),
    seek: (tick) => callApi(page, 'seek', [tick]),
  }
}

/**
 * Opens `/?<params>` (relative to baseURL) and waits until the timeline is visible.
 * Use `?` params the app understands, e.g. `{ scenario: 'rebalance', seed: '7' }`.
 */
export async function gotoApp(page: Page, params: Record<string, string> = {}): Promise<void> {
  const query = new URLSearchParams(params).toString()
  await page.goto(`/?${query}`)
  await page.locator('[data-testid="timeline"]').first().waitFor({ state: 'visible' })
}

/**
 * Starts collecting console errors and uncaught exceptions of `page` (and of its web workers).
 * Call it before gotoApp(); the returned array fills up as errors happen, so
 * `expect(errors).toEqual([])` at the end of a test lists every error in the failure message.
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    const { url, lineNumber } = msg.location()
    // Chromium requests /favicon.ico on its own; a missing one is not an app error.
    if (/\/favicon\.ico(?:$|\?)/.test(url) && msg.text().startsWith('Failed to load resource')) {
      return
    }
    const where = url ? ` (${url}:${lineNumber})` : ''
    const origin = msg.worker() ? 'worker console.error' : 'console.error'
    errors.push(`${origin}: ${msg.text()}${where}`)
  })
  page.on('pageerror', (err) => {
    errors.push(`uncaught: ${err.message}`)
  })
  return errors
}

type Fixtures = {
  /** Helpers around `window.kafkascope` for the test's page. */
  sim: Sim
  /** Console errors / uncaught exceptions of the test's page, collected from the start. */
  consoleErrors: string[]
}

export const test = base.extend<Fixtures>({
  sim: async ({ page }, use) => {
    await use(createSim(page))
  },
  consoleErrors: async ({ page }, use) => {
    await use(collectConsoleErrors(page))
  },
})
