// The page figures of `npm run bench`, measured in headless Chromium (Playwright's driver, the
// Chromium that scripts/find-chromium.mjs finds) against `vite preview` of the built app, which
// this script starts on a free port and stops by its pid. Every figure is the median of `repeat`
// runs, each in a fresh browser context (the soak: a fresh browser). Methods:
//
// - timeToInteractiveMs: from navigation start (performance.now() = 0) of /?scenario=bench-classroom
//   to the first painted frame in which every broker card is drawn and the Play/Pause button,
//   clicked as soon as it is enabled, has answered (its label flipped: a worker round trip).
// - initialJsGzipKB: gzip -9 of every .js file the page and its worker fetched up to that moment
//   (replaces scripts/bench.mjs's count of the scripts index.html names, which misses the worker).
// - classroomFps / stressFps: over 10 s after a 2 s warm-up, playing at 1× in a 1920×1080 viewport,
//   the number of rAF frames in which data-tick on [data-testid=timeline] changed, per second.
//   …TaskMsPerFrame: CDP Performance.getMetrics TaskDuration (the page's main thread) over the
//   same 10 s, divided by the number of rAF frames.
// - seekToPaintP95Ms: bench-classroom, paused, 10 simulated minutes computed; then 30 seeks to
//   seeded random ticks made through the timeline's scrubber (its input event), each timed from
//   the input event to a task queued by the first rAF in which data-tick shows the target, i.e.
//   just after that frame was painted.
// - maxFrameMessageKB: an init script subclasses Worker and listens to every message; for each
//   frame that carries a diff (full views after init or a seek are excluded) it takes
//   JSON.stringify(message).length / 1024, while bench-stress plays at 1× for 35 s (the first
//   broker kill at 20 s and its restart at 30 s included). Measured on its own page, because the
//   stringify costs main-thread time.
// - heapAfterSoakMB: a browser with --js-flags=--expose-gc plays bench-stress at the maximum speed
//   (100×) until data-tick reaches 60 simulated minutes, pauses, then over CDP forces a GC
//   (HeapProfiler.collectGarbage, twice) and reads Runtime.getHeapUsage().usedSize of the page and
//   of the worker. The worker is reached with Target.setAutoAttach on the page's CDP session
//   (non-flat mode) and Target.sendMessageToTarget. Blink's embedder heap (DOM) is not included.
//   If the soak does not reach 60 simulated minutes within BENCH_SOAK_TIMEOUT_S (1200 s), the
//   figure is null and heapSoakMBReached / heapSoakSimMinutes say how far it got.
// Environment: BENCH_WARMUP_MS, BENCH_WINDOW_MS, BENCH_SEEK_PAINT_MINUTES, BENCH_SEEKS,
// BENCH_MESSAGE_MS, BENCH_SOAK_MINUTES, BENCH_SOAK_TIMEOUT_S, BENCH_SOAK_REPEAT (defaults above);
// BENCH_ONLY, a comma list of tti, frames, seek, messages, soak, measures only those (all by default).

import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { countFrames, FLAGS, messageProbe, ttiProbe, workerChannel } from './bench-probes.mjs'
import { findChromium } from './find-chromium.mjs'

const VIEWPORT = { width: 1920, height: 1080 }
const env = (name, fallback) => Number(process.env[name] ?? fallback)
const WARMUP_MS = env('BENCH_WARMUP_MS', 2000)
const WINDOW_MS = env('BENCH_WINDOW_MS', 10_000)
const SEEK_MINUTES = env('BENCH_SEEK_PAINT_MINUTES', 10)
const SEEKS = env('BENCH_SEEKS', 30)
const MESSAGE_MS = env('BENCH_MESSAGE_MS', 35_000)
const SOAK_MINUTES = env('BENCH_SOAK_MINUTES', 60)
const SOAK_TIMEOUT_S = env('BENCH_SOAK_TIMEOUT_S', 1200)
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim())
const wanted = (part) => ONLY === undefined || ONLY.includes(part)

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const round = (v, d = 2) => (v === null ? null : Math.round(v * 10 ** d) / 10 ** d)

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

async function startPreview(root, outDir) {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      outDir,
    ],
    { cwd: root, stdio: 'ignore' },
  )
  const url = `http://127.0.0.1:${port}`
  const stop = () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGTERM')
  }
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      const r = await fetch(url)
      if (r.ok) break
    } catch {}
    if (child.exitCode !== null || Date.now() > deadline) {
      stop()
      throw new Error(`vite preview did not start on ${url}`)
    }
    await sleep(100)
  }
  return { url, stop }
}

const launch = (extra = []) =>
  chromium.launch({ executablePath: findChromium(), args: [...FLAGS, ...extra] })

async function newPage(browser, init) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  if (init !== undefined) await context.addInitScript(init)
  const page = await context.newPage()
  return { page, close: () => context.close() }
}

async function waitReady(page) {
  await page.waitForFunction(() => window.kafkascope?.state() != null, undefined, {
    timeout: 60_000,
  })
}

// --- time to interactive ---------------------------------------------------------------------

/** TTI, and the JS files (page and worker) fetched until then. */
async function timeToInteractive(browser, base) {
  const { page, close } = await newPage(browser, ttiProbe)
  const js = new Set()
  let done = false
  page.on('response', (r) => {
    const p = new URL(r.url()).pathname
    if (!done && p.endsWith('.js')) js.add(p)
  })
  try {
    await page.goto(`${base}/?scenario=bench-classroom`)
    await page.waitForFunction(() => typeof window.__tti === 'number', undefined, {
      timeout: 60_000,
      polling: 'raf',
    })
    done = true
    return { ms: await page.evaluate(() => window.__tti), js: [...js] }
  } finally {
    await close()
  }
}

/** gzip -9 of the files (paths under the served dist). */
function gzipKB(outDir, files) {
  let bytes = 0
  for (const f of files) bytes += gzipSync(readFileSync(path.join(outDir, f)), { level: 9 }).length
  return bytes / 1024
}

// --- frame rate and main-thread time per frame -------------------------------------------------

async function frames(browser, base, scenario) {
  const { page, close } = await newPage(browser)
  try {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.goto(`${base}/?scenario=${scenario}`)
    await waitReady(page)
    await sleep(WARMUP_MS)
    const taskSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
        .value
    const before = await taskSeconds()
    const r = await page.evaluate(countFrames, WINDOW_MS)
    const after = await taskSeconds()
    return {
      fps: (r.changed / r.elapsed) * 1000,
      taskMsPerFrame: ((after - before) * 1000) / Math.max(1, r.frames),
    }
  } finally {
    await close()
  }
}

// --- seek to paint -----------------------------------------------------------------------------

async function seekToPaint(browser, base) {
  const { page, close } = await newPage(browser)
  try {
    await page.goto(`${base}/?scenario=bench-classroom&paused=1`)
    await waitReady(page)
    await page.evaluate((ms) => window.kafkascope.advance(ms), SEEK_MINUTES * 60_000)
    const head = await page.evaluate(() => window.kafkascope.state().tick)
    const times = []
    let x = 4242
    for (let i = 0; i < SEEKS; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0
      const target = x % head
      const ms = await page.evaluate(
        (target) =>
          new Promise((resolve, reject) => {
            const tl = document.querySelector('[data-testid="timeline"]')
            const input = tl.querySelector('input[type="range"]')
            const setValue = Object.getOwnPropertyDescriptor(
              HTMLInputElement.prototype,
              'value',
            ).set
            const t0 = performance.now()
            setValue.call(input, String(target))
            input.dispatchEvent(new Event('input', { bubbles: true }))
            input.dispatchEvent(new Event('pointerup', { bubbles: true }))
            const give = setTimeout(() => reject(new Error(`no frame at ${target}`)), 30_000)
            const frame = () => {
              if (tl.getAttribute('data-tick') === String(target)) {
                setTimeout(() => {
                  clearTimeout(give)
                  resolve(performance.now() - t0)
                }, 0)
                return
              }
              requestAnimationFrame(frame)
            }
            requestAnimationFrame(frame)
          }),
        target,
      )
      times.push(ms)
      await sleep(120) // past the scrubber's 80 ms throttle, so every seek leaves at once
    }
    return p95(times)
  } finally {
    await close()
  }
}

// --- largest diff message ----------------------------------------------------------------------

async function maxFrameMessage(browser, base) {
  const { page, close } = await newPage(browser, messageProbe)
  try {
    await page.goto(`${base}/?scenario=bench-stress`)
    await waitReady(page)
    await sleep(MESSAGE_MS)
    return await page.evaluate(() => window.__frames)
  } finally {
    await close()
  }
}

// --- heap after a soak ---------------------------------------------------------------------------

async function soakHeap(base) {
  const browser = await launch(['--js-flags=--expose-gc'])
  try {
    const { page } = await newPage(browser)
    const cdp = await page.context().newCDPSession(page)
    await page.goto(`${base}/?scenario=bench-stress`)
    await waitReady(page)
    const toWorker = await workerChannel(cdp)
    // The maximum speed: the speed slider's last preset.
    const speed = page.locator('.transport input[type="range"]')
    await speed.fill(await speed.getAttribute('max'))
    const target = SOAK_MINUTES * 60_000
    const t0 = Date.now()
    let tick = 0
    while (Date.now() - t0 < SOAK_TIMEOUT_S * 1000) {
      tick = Number(await page.getAttribute('[data-testid="timeline"]', 'data-tick'))
      if (tick >= target) break
      await sleep(500)
    }
    const wallS = (Date.now() - t0) / 1000
    await page.click('.btn-play')
    await sleep(500)
    for (let i = 0; i < 2; i++) {
      await cdp.send('HeapProfiler.collectGarbage')
      await toWorker('HeapProfiler.collectGarbage')
    }
    const pageHeap = (await cdp.send('Runtime.getHeapUsage')).usedSize
    const workerHeap = (await toWorker('Runtime.getHeapUsage')).reduce((s, h) => s + h.usedSize, 0)
    return {
      mb: (pageHeap + workerHeap) / 1048576,
      pageMb: pageHeap / 1048576,
      workerMb: workerHeap / 1048576,
      simMinutes: tick / 60_000,
      wallS,
    }
  } finally {
    await browser.close()
  }
}

// --- all of it ---------------------------------------------------------------------------------

export async function benchBrowser({ root, repeat = 3, outDir = path.join(root, 'dist') }) {
  if (!existsSync(path.join(outDir, 'index.html')))
    throw new Error(`bench-browser: build the app first (vite build; no ${outDir}/index.html)`)
  const server = await startPreview(root, outDir)
  const figures = {}
  const rows = []
  try {
    const browser = await launch()
    try {
      const runs = async (fn) => {
        const xs = []
        for (let i = 0; i < repeat; i++) xs.push(await fn())
        return xs
      }
      if (wanted('tti')) {
        const ttis = await runs(() => timeToInteractive(browser, server.url))
        const tti = median(ttis.map((r) => r.ms))
        figures.timeToInteractiveMs = round(tti, 0)
        rows.push(['timeToInteractiveMs', tti, 'ms', '≤ 1000'])
        // The JS the first page load fetched (page scripts and the worker, up to TTI).
        const kbs = ttis.map((r) => gzipKB(outDir, r.js))
        const kb = median(kbs)
        const files = ttis.find((r) => gzipKB(outDir, r.js) === kb)?.js.length ?? 0
        figures.initialJsGzipKB = round(kb, 1)
        rows.push(['initialJsGzipKB', kb, `KB gzip (${files} files to TTI)`, '≤ 180'])
      }

      if (wanted('frames'))
        for (const [scenario, name, fpsTarget, taskTarget] of [
          ['bench-classroom', 'classroom', '≥ 59', '≤ 5'],
          ['bench-stress', 'stress', '≥ 58', '≤ 12'],
        ]) {
          const xs = await runs(() => frames(browser, server.url, scenario))
          const fps = median(xs.map((r) => r.fps))
          const task = median(xs.map((r) => r.taskMsPerFrame))
          figures[`${name}Fps`] = round(fps, 1)
          figures[`${name}TaskMsPerFrame`] = round(task, 2)
          rows.push([`${name}Fps`, fps, 'visual updates/s', fpsTarget])
          rows.push([`${name}TaskMsPerFrame`, task, 'ms main thread/frame', taskTarget])
        }

      if (wanted('seek')) {
        const seek = median(await runs(() => seekToPaint(browser, server.url)))
        figures.seekToPaintP95Ms = round(seek, 1)
        rows.push(['seekToPaintP95Ms', seek, 'ms', '≤ 150'])
      }

      if (wanted('messages')) {
        const msgs = await runs(() => maxFrameMessage(browser, server.url))
        const maxKb = median(msgs.map((m) => m.max))
        figures.maxFrameMessageKB = round(maxKb, 1)
        const meanKb = median(msgs.map((m) => m.total / Math.max(1, m.count)))
        rows.push(['maxFrameMessageKB', maxKb, `KB (mean ${meanKb.toFixed(1)})`, '≤ 64'])
      }
    } finally {
      await browser.close()
    }

    if (!wanted('soak')) return { figures, rows }
    const soaks = []
    // The soak is long (60 simulated minutes at the top speed): BENCH_SOAK_REPEAT may lower it.
    const soakRepeat = env('BENCH_SOAK_REPEAT', repeat)
    for (let i = 0; i < soakRepeat; i++) soaks.push(await soakHeap(server.url))
    const heap = median(soaks.map((s) => s.mb))
    const mid = soaks.find((s) => s.mb === heap)
    // Null when the soak did not reach its simulated minutes within BENCH_SOAK_TIMEOUT_S.
    figures.heapAfterSoakMB = mid.simMinutes >= SOAK_MINUTES ? round(heap, 1) : null
    figures.heapSoakSimMinutes = round(mid.simMinutes, 1)
    figures.heapSoakMBReached = round(heap, 1)
    rows.push([
      'heapAfterSoakMB',
      heap,
      `MB (page ${mid.pageMb.toFixed(0)} + worker ${mid.workerMb.toFixed(0)}; ${mid.simMinutes.toFixed(0)} sim-min in ${mid.wallS.toFixed(0)} s)`,
      '≤ 150',
    ])
  } finally {
    server.stop()
  }
  return { figures, rows }
}
