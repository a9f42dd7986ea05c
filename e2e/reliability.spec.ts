// Reliability: a simulation that throws, dies or hangs is noticed and restarted from the page's own
// copy of the run with nothing lost; the run survives a reload ("Resume where you left off"); runs
// export and import (the engine's failing-run files too), and a bad file changes nothing.

import { readFile } from 'node:fs/promises'
import { expect, gotoApp, test } from './fixtures'
import {
  buildSomething,
  cspViolations,
  currentTick,
  enableTestHooks,
  pageRun,
  viewJson,
  watchCsp,
} from './runHelpers'

const DEFAULT = { paused: '1', seed: '42', lang: 'en' }

test.beforeEach(async ({ page }) => {
  await enableTestHooks(page)
  await watchCsp(page)
})

for (const mode of ['throw', 'uncaught', 'hang', 'terminate'] as const) {
  test(`a simulation that fails (${mode}) restarts with everything the user built`, async ({
    page,
    sim,
    consoleErrors,
  }) => {
    await gotoApp(page, DEFAULT)
    await sim.ready()
    await buildSomething(page, sim)
    const tick = await currentTick(page)
    const before = await viewJson(page)
    const run = await pageRun(page)
    expect(run.inputs.map((i) => i.command.type)).toEqual([
      'createTopic',
      'produce',
      'produce',
      'killBroker',
    ])

    await page.evaluate(
      ([m]) => {
        type Hook = { setWatchdogMs(ms: number): void; crashWorker(m: string, ms: number): void }
        const hook = (window as unknown as { __kafkascopeTest: Hook }).__kafkascopeTest
        hook.setWatchdogMs(1500)
        hook.crashWorker(m as string, 20_000)
      },
      [mode],
    )
    if (mode === 'hang' || mode === 'terminate')
      // Nothing is owed by a paused simulation: playing makes the silence noticeable.
      await page.getByRole('button', { name: 'Play', exact: true }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'The simulation stopped' })
    await expect(alert).toBeVisible()
    if (mode === 'hang' || mode === 'terminate') await expect(alert).toContainText('answering')
    await alert.getByRole('button', { name: 'Restart simulation' }).click()
    await expect(alert).toBeHidden()
    await expect(page.getByRole('alert').filter({ hasText: 'replayed your run' })).toBeVisible()
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', String(tick))
    expect(await viewJson(page)).toBe(before)
    await expect(page.getByTestId('cli-topics')).toContainText('Topic: payments\tTopicId: ')
    expect((await pageRun(page)).inputs).toEqual(run.inputs)
    // And it goes on working.
    await sim.advance(500)
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', String(tick + 500))
    const expected = mode === 'uncaught' ? [/uncaught error in the simulation/] : []
    expect(consoleErrors.filter((e) => !expected.some((r) => r.test(e)))).toEqual([])
    expect(await cspViolations(page)).toEqual([])
  })
}

test('the run survives a reload: resume where you left off, or start fresh', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  await buildSomething(page, sim)
  await sim.seek(1200)
  const before = await viewJson(page)
  const head = await page.evaluate(() => document.querySelector('.timeline .muted')?.textContent)

  await page.reload()
  const dialog = page.getByRole('dialog', { name: 'Resume where you left off?' })
  await expect(dialog).toContainText('seed 42, 4 inputs')
  const resume = dialog.getByRole('button', { name: 'Resume where you left off' })
  await expect(resume).toBeFocused()
  await resume.click()
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', '1200')
  await expect(page.locator('.timeline .muted')).toHaveText(head ?? '')
  expect(await viewJson(page)).toBe(before)

  await page.reload()
  await dialog.getByRole('button', { name: 'Start fresh' }).click()
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', '0')
  await expect(page.getByTestId('cli-topics')).not.toContainText('payments')
  // A URL that asks for another run does not offer the saved one.
  await sim.advance(100)
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')))
  await gotoApp(page, { ...DEFAULT, seed: '7' })
  await expect(page.getByRole('dialog')).toBeHidden()
  expect(consoleErrors).toEqual([])
})

test('another scenario asks before it replaces the run the user built', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  const picker = page.getByLabel('Scenario')
  await buildSomething(page, sim)
  const url = page.url()
  await picker.selectOption('bench-classroom')
  const dialog = page.getByRole('dialog', { name: 'Replace this run?' })
  await expect(dialog).toContainText('Export run')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  // Kept: same page, the picker back on the current scenario, the topic still there.
  expect(page.url()).toBe(url)
  await expect(picker).toHaveValue('')
  await expect(page.getByTestId('cli-topics')).toContainText('payments')
  await picker.selectOption('bench-classroom')
  await dialog.getByRole('button', { name: 'Start the new run' }).click()
  await expect(page).toHaveURL(/scenario=bench-classroom/)
  // A scenario's own scripted inputs are not the user's: the next switch does not ask.
  await sim.ready()
  await picker.selectOption('')
  await expect(page).not.toHaveURL(/scenario=/)
  await expect(page.getByRole('dialog', { name: 'Replace this run?' })).toBeHidden()
  expect(consoleErrors).toEqual([])
})

test('export a run, import it in a fresh page: the same state at the same tick', async ({
  page,
  sim,
  browser,
}) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  await buildSomething(page, sim)
  const before = await viewJson(page)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export run' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('kafkascope-run-42.json')
  const path = await file.path()
  const json = JSON.parse(await readFile(path, 'utf8'))
  expect(json).toMatchObject({ seed: 42, tick: await currentTick(page), inputs: expect.any(Array) })

  const other = await browser.newPage()
  await enableTestHooks(other)
  await gotoApp(other, { ...DEFAULT, seed: '3' })
  await other.getByRole('button', { name: 'Import run…' }).click()
  await other.getByLabel('Run file').setInputFiles(path)
  await expect(other.getByRole('dialog', { name: 'Import a run' })).toBeHidden()
  await expect(other.getByRole('alert').filter({ hasText: 'Loaded the run' })).toBeVisible()
  await expect(other.getByTestId('timeline')).toHaveAttribute(
    'data-tick',
    String(await currentTick(page)),
  )
  expect(await viewJson(other)).toBe(before)
  await other.close()
  expect(await cspViolations(page)).toEqual([])
})

test('a failing-run file written by the engine tests opens as it is', async ({ page, sim }) => {
  // The format of src/engine/testing/runFiles.ts writeRunFile (extra fields are ignored).
  const runFile = {
    seed: 999469,
    config: {
      producer: { acks: 1, enableIdempotence: false },
      broker: { minInsyncReplicas: 1, uncleanLeaderElectionEnable: false },
      truncation: 'leader-epoch',
    },
    inputs: [
      {
        tick: 0,
        command: {
          type: 'addGroup',
          group: 'g1',
          topics: ['orders'],
          strategy: 'range',
          commitPolicy: 'auto',
          processingMs: 1,
          dedupe: false,
          consumers: 1,
          config: { autoOffsetReset: 'earliest' },
        },
      },
      { tick: 0, command: { type: 'setAutoProduce', rate: 10, keys: 'uniform', topic: 'orders' } },
      { tick: 730, command: { type: 'powerFailBroker', broker: 1 } },
      { tick: 1340, command: { type: 'setAutoProduce', rate: 0 } },
      { tick: 1340, command: { type: 'restartBroker', broker: 1 } },
    ],
    until: 21340,
    safe: false,
    property: 'history-any',
    problems: ['g1: records skipped without recordsSkipped (1): 11'],
  }
  await gotoApp(page, DEFAULT)
  await sim.ready()
  await page.getByRole('button', { name: 'Import run…' }).click()
  await page.getByLabel('Or paste the JSON').fill(JSON.stringify(runFile, null, 2))
  await page.getByRole('button', { name: 'Load run' }).click()
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', '21340')
  const view = await sim.state<{ groups: { groups: Record<string, unknown> } }>()
  expect(Object.keys(view.groups.groups)).toContain('g1')
  expect((await pageRun(page)).inputs).toEqual(runFile.inputs)
})

test('a bad run file: every problem at its place, nothing applied', async ({ page, sim }) => {
  await gotoApp(page, DEFAULT)
  await sim.ready()
  await sim.advance(700)
  const before = await viewJson(page)
  await page.getByRole('button', { name: 'Import run…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import a run' })
  const box = dialog.getByLabel('Or paste the JSON')
  const load = dialog.getByRole('button', { name: 'Load run' })
  const errors = dialog.getByRole('alert')

  await box.fill('{"seed": 1, "config": {}, "inputs": [')
  await load.click()
  await expect(errors).toContainText('Not valid JSON')
  await expect(errors).toContainText('line 1')
  await expect(box).toHaveAttribute('aria-invalid', 'true')
  await expect(box).toHaveAccessibleDescription(/Not valid JSON/)

  await box.fill(
    JSON.stringify({
      seed: 'x',
      config: [],
      inputs: [
        { tick: -1, command: { type: 'nope' } },
        { tick: 50, command: { type: 'killBroker', broker: 1 } },
        { tick: 20, command: 'kill' },
        { tick: 60, command: { type: 'setBrokerConfig', config: null } },
      ],
    }),
  )
  await load.click()
  await expect(errors).toContainText('seed must be a whole number')
  await expect(errors).toContainText('config must be an object of cluster settings (got an array)')
  await expect(errors.locator('[data-path="inputs[0].tick"]')).toContainText('(got -1)')
  await expect(errors.locator('[data-path="inputs[0].command.type"]')).toContainText(
    'unknown command type "nope"',
  )
  await expect(errors.locator('[data-path="inputs[2].tick"]')).toContainText(
    'tick 20 is before the previous input’s tick 50',
  )
  await expect(errors.locator('[data-path="inputs[2].command"]')).toContainText('got "kill"')
  await expect(errors.locator('[data-path="inputs[3].command.config"]')).toContainText('got null')

  // Well formed, but the engine refuses the config: the simulation says why, nothing changes.
  await box.fill(JSON.stringify({ seed: 1, config: { brokers: 0 }, inputs: [] }))
  await load.click()
  await expect(errors).toContainText('The simulation refused it: ')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect(await viewJson(page)).toBe(before)
  await expect(page.getByTestId('timeline')).toHaveAttribute('data-tick', '700')
})
