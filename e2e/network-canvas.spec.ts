// The network layer is a canvas (networkCanvas.ts): a record sent must show up there as a token in
// the produce colour while it flies, and once every message has arrived and faded the canvas must
// be blank again. Each drawing clears only what the previous one drew, so a token left behind by
// a wrong box would show here.

import type { Page } from '@playwright/test'
import { expect, gotoApp, test } from './fixtures'

test.use({ viewport: { width: 1600, height: 1000 } })

/** The painted pixels of the layer, and how many of them are close to `rgb`. */
function painted(page: Page, rgb: [number, number, number]) {
  return page.getByTestId('network-overlay').evaluate((el, want) => {
    const c = el as HTMLCanvasElement
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data
    let any = 0
    let near = 0
    if (data === undefined) return { any: -1, near: -1 }
    for (let i = 0; i < data.length; i += 4) {
      const a = data[i + 3] as number
      if (a === 0) continue
      any++
      // canvas pixels are premultiplied by alpha: compare the opaque ones only
      if (a < 250) continue
      const d =
        Math.abs((data[i] as number) - want[0]) + Math.abs((data[i + 1] as number) - want[1])
      if (d + Math.abs((data[i + 2] as number) - want[2]) < 24) near++
    }
    return { any, near }
  }, rgb)
}

const tokens = (page: Page) =>
  page.getByTestId('network-overlay').evaluate((el) => Number(el.getAttribute('data-tokens')))

test('a record flies across the network layer, and the layer is blank once all has arrived', async ({
  page,
  sim,
  consoleErrors,
}) => {
  await gotoApp(page, { seed: '1', paused: '1' })
  await sim.ready()
  await sim.dispatch({ type: 'setAutoProduce', rate: 0 })
  await sim.advance(1000)
  await expect.poll(() => tokens(page)).toBe(0)
  await sim.dispatch({ type: 'produce', topic: 'orders', key: 'k', value: 'hello' })
  await sim.advance(2)
  await expect.poll(() => tokens(page)).toBeGreaterThan(0)
  // The produce request: --tok-produce, #cc79a7 in the light theme.
  const flying = await painted(page, [0xcc, 0x79, 0xa7])
  expect(flying.any).toBeGreaterThan(0)
  expect(flying.near).toBeGreaterThan(20)
  // Step through the request, the replication and the ack, a few ms at a time.
  for (let i = 0; i < 20; i++) await sim.advance(5)
  await sim.advance(1000)
  await expect.poll(() => tokens(page)).toBe(0)
  await expect.poll(async () => (await painted(page, [0, 0, 0])).any).toBe(0)
  expect(consoleErrors).toEqual([])
})
