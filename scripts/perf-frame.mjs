// Per-frame cost of playing a scenario, with a breakdown, for tuning the page (not part of the
// benchmark: scripts/bench-browser.mjs reports the official figures). Same method as its
// classroomFps / …TaskMsPerFrame: 1920×1080 headless Chromium, playing at 1×, a 2 s warm-up, then
// 10 s of rAF frames; fps = frames in which data-tick on the timeline changed. Adds the deltas of
// CDP Performance.getMetrics ScriptDuration, LayoutDuration, RecalcStyleDuration, LayoutCount and
// RecalcStyleCount per frame, the main thread's CPU time (ThreadTime: less sensitive than the task
// durations to other processes on a busy machine) and the renderer process's CPU time (ProcessTime:
// the worker, compositor and raster threads included) per frame, and optionally:
//   --profile  a CDP Profiler capture of the same window: the functions with the most self time
//              (serve an unminified build, `vite build --minify false`, to read component names);
//   --trace    a Tracing capture of the window: main-thread time per trace event (Layout, Paint,
//              UpdateLayoutTree, …) and the mean dirty/total objects per Layout (--dump <file>
//              also writes the raw trace events, e.g. to look at Paint's arguments);
//   --renders  React components rendered per frame (a DevTools-style hook sees every commit; an
//              unminified build names them) and DOM mutations per frame (a MutationObserver).
//              Both cost page time: the timings of such a run are not comparable. Against a
//              build with React's profiling build (react-dom/client aliased to
//              react-dom/profiling), also the render time per component (ms per frame).
//   --wprofile a CDP Profiler capture of the simulation worker over the window (its top
//              functions by self time, ms per page frame), reached as bench-browser.mjs does;
//   --loaf     long animation frames (over 50 ms) during the window: how many, and the total
//              and mean duration (the hitches that cost frames);
//   --virtual  the worker's clock moves 1/60 s per frame the page acknowledges (performance.now
//              replaced in the worker after the warm-up): every frame carries the same simulated
//              time whatever the machine's load, so two builds get the same frames and the
//              per-frame CPU times (Thread/Process) compare even on a busy machine; fps then says
//              how many frames the page took per second (the page's own timers stay real);
//   --css      a style sheet added to the page after it loads (e.g. ".panel-x{display:none}"), to
//              see what a part of the page costs;
//   --worker   the worker's answer time: from each frameAck the page posts to the next message
//              from the worker (mean and p90, ms), i.e. how long the worker takes per frame.
// It measures a page that is already served (start `vite preview` yourself):
//   node scripts/perf-frame.mjs [--base http://127.0.0.1:4781] [--runs 3] [--profile] [--trace]
//        [--scenarios bench-classroom,bench-stress] [--top 25]

import { writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { countFrames, FLAGS, workerChannel } from './bench-probes.mjs'
import { findChromium } from './find-chromium.mjs'
import { topFunctions, traceSummary } from './perf-summaries.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i < 0 ? fallback : process.argv[i + 1]
}
const flag = (name) => process.argv.includes(`--${name}`)
const BASE = arg('base', 'http://127.0.0.1:4781')
const RUNS = Number(arg('runs', 1))
const TOP = Number(arg('top', 25))
const SCENARIOS = arg('scenarios', 'bench-classroom,bench-stress').split(',')
const WARMUP_MS = Number(arg('warmup', 2000))
const WINDOW_MS = Number(arg('window', 10_000))
const METRICS = [
  'TaskDuration',
  'ScriptDuration',
  'LayoutDuration',
  'RecalcStyleDuration',
  'LayoutCount',
  'RecalcStyleCount',
  'ThreadTime',
  'ProcessTime',
]
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const r2 = (v) => Math.round(v * 100) / 100

async function metrics(cdp) {
  const all = (await cdp.send('Performance.getMetrics')).metrics
  return Object.fromEntries(METRICS.map((n) => [n, all.find((m) => m.name === n)?.value ?? 0]))
}

/** Runs in the page before React: counts renders per component, and DOM mutations. */
function renderProbe() {
  const renders = new Map()
  const renderMs = new Map()
  const mutations = new Map()
  const seen = new WeakMap()
  let counting = false
  const name = (f) => {
    const t = f.tag === 14 ? f.type?.type : f.type
    return t?.displayName ?? t?.name ?? '(anon)'
  }
  const walk = (f) => {
    for (let c = f; c !== null; c = c.sibling) {
      if (c.tag === 0 || c.tag === 11 || c.tag === 15 || c.tag === 1) {
        const last = seen.get(c) ?? (c.alternate === null ? undefined : seen.get(c.alternate))
        const now = { props: c.memoizedProps, state: c.memoizedState }
        if (last === undefined || last.props !== now.props || last.state !== now.state) {
          if (counting) {
            const k = name(c)
            renders.set(k, (renders.get(k) ?? 0) + 1)
            // React's profiling build times each render (selfBaseDuration, ms)
            if (typeof c.selfBaseDuration === 'number')
              renderMs.set(k, (renderMs.get(k) ?? 0) + c.selfBaseDuration)
          }
        }
        seen.set(c, now)
        if (c.alternate) seen.set(c.alternate, now)
      }
      if (c.child !== null) walk(c.child)
    }
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id, root) => {
      if (root.current.child !== null) walk(root.current.child)
      if (counting) renders.set('(commits)', (renders.get('(commits)') ?? 0) + 1)
    },
  }
  const mo = new MutationObserver((records) => {
    if (!counting) return
    for (const r of records) {
      const what =
        r.type === 'attributes'
          ? `attr ${r.attributeName}`
          : r.type === 'childList'
            ? 'childList'
            : 'text'
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement
      const panel = el?.closest('section.panel')
      const where = panel?.getAttribute('data-testid') ?? panel?.className ?? el?.tagName
      const k = `${where}: ${what}`
      mutations.set(k, (mutations.get(k) ?? 0) + 1)
    }
  })
  addEventListener('DOMContentLoaded', () =>
    mo.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    }),
  )
  window.__probe = {
    start: () => {
      counting = true
    },
    stop: () => {
      counting = false
      return {
        renders: [...renders.entries()],
        renderMs: [...renderMs.entries()],
        mutations: [...mutations.entries()],
      }
    },
  }
}

/** Runs in the page before its scripts: times each frameAck → next worker message. */
function workerProbe() {
  const gaps = []
  let counting = false
  const Base = window.Worker
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args)
      let ackAt = -1
      const post = this.postMessage.bind(this)
      this.postMessage = (msg, ...rest) => {
        if (msg?.type === 'frameAck') ackAt = performance.now()
        return post(msg, ...rest)
      }
      this.addEventListener('message', () => {
        if (ackAt >= 0 && counting) gaps.push(performance.now() - ackAt)
        ackAt = -1
      })
    }
  }
  window.__workerProbe = {
    start: () => {
      counting = true
    },
    stop: () => {
      counting = false
      const s = gaps.sort((a, b) => a - b)
      const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)
      return { n: s.length, mean, p90: s[Math.floor(s.length * 0.9)] ?? 0 }
    },
  }
}

const perFrame = (entries, frames) =>
  entries
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([k, n]) => `${(n / frames).toFixed(2).padStart(8)}  ${k}`)

async function measure(browser, scenario) {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    // --css adds an inline style sheet, which the page's CSP refuses.
    bypassCSP: arg('css', null) !== null,
  })
  if (flag('renders')) await context.addInitScript(renderProbe)
  if (flag('worker')) await context.addInitScript(workerProbe)
  const page = await context.newPage()
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.goto(`${BASE}/?scenario=${scenario}`)
    await page.waitForFunction(() => window.kafkascope?.state() != null, undefined, {
      timeout: 60_000,
    })
    if (flag('virtual')) {
      const [worker] = page.workers()
      if (worker === undefined) throw new Error('no simulation worker to put on a virtual clock')
      await worker.evaluate(() => {
        let now = performance.now()
        performance.now = () => now
        self.addEventListener('message', (e) => {
          if (e.data?.type === 'frameAck') now += 1000 / 60
        })
      })
    }
    const css = arg('css', null)
    if (css !== null) await page.addStyleTag({ content: css })
    await sleep(WARMUP_MS)
    if (flag('profile')) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    // The simulation worker is the page's only one: its answer is the first.
    const toWorker = flag('wprofile') ? await workerChannel(cdp) : null
    const wsend =
      toWorker === null ? null : async (method, params) => (await toWorker(method, params))[0]
    if (wsend !== null) {
      await wsend('Profiler.enable')
      await wsend('Profiler.setSamplingInterval', { interval: 200 })
      await wsend('Profiler.start')
    }
    const traceEvents = []
    if (flag('trace')) {
      cdp.on('Tracing.dataCollected', (d) => traceEvents.push(...d.value))
      await cdp.send('Tracing.start', {
        // --light leaves out invalidation tracking and blink's own events, which slow the page.
        categories: (flag('light')
          ? ['devtools.timeline']
          : [
              'devtools.timeline',
              'disabled-by-default-devtools.timeline',
              'disabled-by-default-devtools.timeline.invalidationTracking',
              'blink',
            ]
        ).join(','),
        transferMode: 'ReportEvents',
      })
    }
    if (flag('renders')) await page.evaluate(() => window.__probe.start())
    if (flag('loaf'))
      await page.evaluate(() => {
        window.__loafs = []
        new PerformanceObserver((l) => window.__loafs.push(...l.getEntries())).observe({
          type: 'long-animation-frame',
        })
      })
    if (flag('worker')) await page.evaluate(() => window.__workerProbe.start())
    const before = await metrics(cdp)
    const r = await page.evaluate(countFrames, WINDOW_MS)
    const after = await metrics(cdp)
    const out = {
      scenario,
      fps: r2((r.changed / r.elapsed) * 1000),
      frames: r.frames,
    }
    if (flag('loaf')) {
      const l = await page.evaluate(() =>
        window.__loafs.map((e) => ({
          d: e.duration,
          block: e.blockingDuration,
          scripts: e.scripts.map((x) => `${x.invoker} ${Math.round(x.duration)}`).join('; '),
        })),
      )
      out.loaf = {
        count: l.length,
        totalMs: r2(l.reduce((a, e) => a + e.d, 0)),
        meanMs: r2(l.reduce((a, e) => a + e.d, 0) / Math.max(1, l.length)),
        longest: l
          .sort((a, b) => b.d - a.d)
          .slice(0, 5)
          .map((e) => `${Math.round(e.d)} ms: ${e.scripts}`),
      }
    }
    const probe = flag('renders') ? await page.evaluate(() => window.__probe.stop()) : null
    if (flag('worker')) {
      const w = await page.evaluate(() => window.__workerProbe.stop())
      out.worker = { answers: w.n, meanMs: r2(w.mean), p90Ms: r2(w.p90) }
    }
    for (const n of METRICS) {
      const d = after[n] - before[n]
      const name = n.endsWith('Count') ? `${n}/frame` : `${n.replace(/Duration|Time/, '')}ms/frame`
      out[name] = r2(n.endsWith('Count') ? d / r.frames : (d * 1000) / r.frames)
    }
    if (probe !== null) {
      out.renders = perFrame(probe.renders, r.frames)
      if (probe.renderMs.length > 0) out.renderMs = perFrame(probe.renderMs, r.frames)
      out.mutations = perFrame(probe.mutations, r.frames)
    }
    if (wsend !== null) {
      const { profile } = await wsend('Profiler.stop')
      out.workerFunctions = topFunctions(profile, r.frames, TOP)
    }
    if (flag('profile')) {
      const { profile } = await cdp.send('Profiler.stop')
      out.topFunctions = topFunctions(profile, r.frames, TOP)
    }
    if (flag('trace')) {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
      await cdp.send('Tracing.end')
      await done
      out.trace = traceSummary(traceEvents, r.frames, TOP)
      const dump = arg('dump', null)
      if (dump !== null) writeFileSync(dump, JSON.stringify(traceEvents))
    }
    return out
  } finally {
    await context.close()
  }
}

const browser = await chromium.launch({ executablePath: findChromium(), args: FLAGS })
try {
  for (let i = 0; i < RUNS; i++)
    for (const s of SCENARIOS) console.log(JSON.stringify(await measure(browser, s), null, 1))
} finally {
  await browser.close()
}
