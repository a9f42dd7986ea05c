// Bad input in every form field: hostile values (empty, huge numbers, negative, NaN, 10k-character
// strings, unicode, markup and template payloads) typed into the topic, produce, consumer-group
// and settings forms. Each is refused at the field with nothing applied, or accepted whole; no
// console error, nothing executes, and the page keeps responding. (URL parameters and the import
// box: reliability-urls.spec.ts.)

import { expect, test } from './fixtures'
import { NUMBERS, open, probe, safe, stillResponds, TEXT } from './fuzzProbe'
import { pageRun } from './runHelpers'

test('topic forms: create topic and add partitions', async ({ page, sim, consoleErrors }) => {
  test.setTimeout(120_000)
  await open(page, sim)
  const create = page.getByRole('form', { name: 'Create topic' })
  const submit = () => create.getByRole('button', { name: 'Create' }).click()
  const general = create.locator('.field-error')
  await probe(page, { field: create.getByLabel('Name'), submit, values: TEXT, elsewhere: general })
  let n = 0
  // A new name each time, so "already exists" does not hide what the number field does.
  const fresh = async () => {
    await create.getByLabel('Name').fill(`fuzz-${n++}`)
    await submit()
  }
  for (const label of ['Partitions', 'Replication factor']) {
    await create.getByLabel('Partitions').fill('3')
    await create.getByLabel('Replication factor').fill('3')
    await probe(page, {
      field: create.getByLabel(label),
      submit: fresh,
      values: NUMBERS,
      elsewhere: general,
    })
  }
  const add = page.getByRole('form', { name: 'Add partitions' })
  await probe(page, {
    field: add.getByLabel('New total'),
    submit: () => add.getByRole('button', { name: 'Add' }).click(),
    values: NUMBERS,
    elsewhere: add.locator('.field-error'),
  })
  await stillResponds(page, sim)
  expect(consoleErrors).toEqual([])
})

test('produce: key, value, partition and the auto-produce rate', async ({
  page,
  sim,
  consoleErrors,
}) => {
  test.setTimeout(120_000)
  await open(page, sim)
  const produce = page.getByRole('region', { name: 'Produce' })
  const submit = () => produce.getByRole('button', { name: 'Send', exact: true }).click()
  const general = produce.locator('form .field-error')
  await produce.getByLabel('Value', { exact: true }).fill('v')
  await probe(page, {
    field: produce.getByLabel('Key', { exact: true }),
    submit,
    values: TEXT,
    elsewhere: general,
  })
  await produce.getByLabel('Key', { exact: true }).fill('k')
  await probe(page, {
    field: produce.getByLabel('Value', { exact: true }),
    submit,
    values: TEXT,
    elsewhere: general,
  })
  await produce.getByLabel('Value', { exact: true }).fill('v')
  await probe(page, {
    field: produce.getByLabel('Partition'),
    submit,
    values: TEXT,
    elsewhere: general,
  })
  // Accepted records are exactly what was typed.
  const last = (await pageRun(page)).inputs.filter((i) => i.command.type === 'produce')
  expect(last.map((i) => i.command.value)).toContain('<script>window.__pwned=1</script>')
  // The rate is a slider: keys can only move it within its range.
  const rate = produce.getByLabel('Rate')
  for (const key of ['End', 'PageUp', 'ArrowUp', 'Home', 'ArrowDown', 'End']) {
    await rate.press(key)
    await page.waitForTimeout(50)
  }
  await expect
    .poll(
      async () =>
        (await sim.state<{ producers: Record<string, { autoRate: number }> }>()).producers[
          'producer-1'
        ]?.autoRate,
    )
    .toBe(50)
  await safe(page)
  expect(consoleErrors).toEqual([])
})

test('consumer group forms: add a group, a consumer, settings, reset offsets', async ({
  page,
  sim,
  consoleErrors,
}) => {
  test.setTimeout(150_000)
  await open(page, sim)
  // Two groups for the per-group forms first: the add-group probes may fill up the 8 allowed.
  for (const group of ['quiet', 'idle'])
    expect(
      await sim.dispatch({ type: 'addGroup', group, topics: ['orders'], consumers: 0 }),
    ).toEqual({
      ok: true,
    })
  await sim.advance(500)
  const add = page.getByRole('form', { name: 'Add a consumer group' })
  const submit = () => add.getByRole('button', { name: 'Add group' }).click()
  const general = add.locator('.field-error')
  await add.getByLabel('Consumers').fill('0')
  await probe(page, { field: add.getByLabel('Group id'), submit, values: TEXT, elsewhere: general })
  let n = 0
  const fresh = async () => {
    await add.getByLabel('Group id').fill(`fuzz-${n++}`)
    await submit()
  }
  for (const label of ['ms per record', 'Consumers']) {
    await add.getByLabel('ms per record').fill('5')
    await add.getByLabel('Consumers').fill('0')
    await probe(page, {
      field: add.getByLabel(label),
      submit: fresh,
      values: NUMBERS,
      elsewhere: general,
    })
  }
  const quiet = page.getByTestId('group-quiet')
  const consumer = quiet.getByRole('form', { name: 'Add a consumer to quiet' })
  await probe(page, {
    field: consumer.getByLabel('group.instance.id (optional)'),
    submit: () => consumer.getByRole('button', { name: 'Add consumer' }).click(),
    values: TEXT.filter((v) => v.trim() !== ''),
    elsewhere: consumer.locator('.field-error'),
  })
  // An inactive group: settings, and offsets it may reset.
  const card = page.getByTestId('group-idle')
  await card.getByText('Settings and offset reset').click()
  const settings = card.getByRole('form', { name: 'Group settings' })
  await probe(page, {
    field: settings.getByLabel('ms per record'),
    submit: () => settings.getByRole('button', { name: 'Apply' }).click(),
    values: NUMBERS,
    elsewhere: settings.locator('.field-error'),
  })
  const reset = card.getByRole('form', { name: /Reset offsets/ })
  await reset.getByLabel('To', { exact: true }).selectOption('offset')
  const resetSubmit = () => reset.getByRole('button', { name: 'Reset offsets' }).click()
  const elsewhere = reset.locator('.field-error')
  await probe(page, {
    field: reset.getByLabel('Offset', { exact: true }),
    submit: resetSubmit,
    values: NUMBERS,
    elsewhere,
  })
  await reset.getByLabel('Offset', { exact: true }).fill('0')
  await probe(page, {
    field: reset.getByLabel('Partition'),
    submit: resetSubmit,
    values: NUMBERS,
    elsewhere,
  })
  await stillResponds(page, sim)
  expect(consoleErrors).toEqual([])
})

test('config panel fields: refused inline, Apply disabled, nothing applied', async ({
  page,
  sim,
  consoleErrors,
}) => {
  test.setTimeout(120_000)
  await open(page, sim)
  const panel = page.getByTestId('config-panel')
  for (const [tab, name] of [
    ['Brokers', 'replica.lag.time.max.ms'],
    ['Topics', 'retention.ms'],
    ['Producer', 'linger.ms'],
  ] as const) {
    await panel.getByRole('tab', { name: tab }).click()
    const field = panel.getByLabel(name, { exact: true })
    await probe(page, {
      field,
      noop: [await field.inputValue()],
      submit: () => field.press('Enter'),
      values: TEXT,
      elsewhere: panel.locator(`[data-setting="${name}"] .field-error`),
    })
    await field.press('Escape')
  }
  await stillResponds(page, sim)
  expect(consoleErrors).toEqual([])
})
