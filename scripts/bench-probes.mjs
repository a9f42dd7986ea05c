// What bench-browser.mjs and perf-frame.mjs share: Chromium's flags, the functions that run in the
// page (init scripts and evaluations: the TTI watch, the frame-message meter, the frame counter),
// and a CDP channel to the simulation worker.

import { CHROMIUM_ARGS } from './find-chromium.mjs'

export const FLAGS = CHROMIUM_ARGS

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/**
 * Runs in the page: counts animation frames over `ms`, and those in which the timeline's
 * data-tick changed (a visual update of the simulation).
 */
export function countFrames(ms) {
  return new Promise((resolve) => {
    const el = document.querySelector('[data-testid="timeline"]')
    let frames = 0
    let changed = 0
    let last = el?.getAttribute('data-tick')
    let t0 = null
    const tick = (t) => {
      if (t0 === null) t0 = t
      else {
        frames++
        const now = el?.getAttribute('data-tick')
        if (now !== last) changed++
        last = now
      }
      if (t - t0 < ms) requestAnimationFrame(tick)
      else resolve({ frames, changed, elapsed: t - t0 })
    }
    requestAnimationFrame(tick)
  })
}

/**
 * A way to talk to the page's worker over the page's CDP session (non-flat auto-attach): returns
 * send(method, params), which resolves to the answers of every attached worker.
 */
export async function workerChannel(cdp) {
  const attached = []
  const pending = new Map()
  let next = 1
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') attached.push(e.sessionId)
  })
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message)
    const p = pending.get(m.id)
    if (p === undefined) return
    pending.delete(m.id)
    p(m)
  })
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  })
  for (let i = 0; i < 50 && attached.length === 0; i++) await sleep(100)
  if (attached.length === 0) throw new Error('could not attach to the simulation worker')
  return (method, params = {}) =>
    Promise.all(
      attached.map(
        (sessionId) =>
          new Promise((resolve, reject) => {
            const id = next++
            pending.set(id, (m) =>
              m.error ? reject(new Error(m.error.message)) : resolve(m.result),
            )
            const message = JSON.stringify({ id, method, params })
            cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(reject)
          }),
      ),
    )
}

/** Init script: the time to interactive (see bench-browser.mjs), left in window.__tti. */
export function ttiProbe() {
  // Runs in the page before any of its scripts: watches every frame from the first one.
  const done = (ms) => {
    window.__tti = ms
  }
  let clicked = null
  const frame = () => {
    const btn = document.querySelector('.btn-play')
    if (clicked === null) {
      const brokers = document.querySelectorAll('[data-testid^="broker-"][data-status]').length
      const want = window.kafkascope?.state()?.brokers
      const total = want === undefined ? -1 : Object.keys(want).length
      if (btn !== null && !btn.disabled && total > 0 && brokers === total) {
        clicked = btn.textContent
        btn.click()
      }
    } else if (btn !== null && btn.textContent !== clicked) {
      // This frame shows the answer; a task queued now runs after it was painted.
      setTimeout(() => done(performance.now()), 0)
      return
    }
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
}

/** Init script: the size of every diff frame the worker posts, in window.__frames. */
export function messageProbe() {
  const Base = window.Worker
  window.__frames = { max: 0, count: 0, total: 0 }
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args)
      this.addEventListener('message', (e) => {
        const d = e.data
        if (d === null || typeof d !== 'object' || d.type !== 'frame' || d.diff === undefined)
          return
        const kb = JSON.stringify(d).length / 1024
        const f = window.__frames
        f.count++
        f.total += kb
        if (kb > f.max) f.max = kb
      })
    }
  }
}
