// Summaries for scripts/perf-frame.mjs: a CDP CPU profile's functions, and a trace's
// main-thread events, per frame (TOP rows each).

const r2 = (v) => Math.round(v * 100) / 100

/** Self and total (inclusive) time per function (ms per frame), from a CDP CPU profile. */
export function topFunctions(profile, frames, TOP) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const keyOf = (n) => {
    const cf = n.callFrame
    return `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber + 1}`
  }
  const self = new Map()
  const total = new Map()
  const dt = profile.timeDeltas
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (dt[i + 1] ?? 0) / 1000
    let n = byId.get(profile.samples[i])
    self.set(keyOf(n), (self.get(keyOf(n)) ?? 0) + ms)
    const onStack = new Set()
    for (; n !== undefined; n = byId.get(parent.get(n.id))) onStack.add(keyOf(n))
    for (const k of onStack) total.set(k, (total.get(k) ?? 0) + ms)
  }
  const list = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, ms]) => `${(ms / frames).toFixed(3).padStart(7)} ms  ${k}`)
  return { self: list(self), total: list(total) }
}

/** Main-thread time per trace event name (ms per frame), and Layout's dirty/total objects. */
export function traceSummary(events, frames, TOP) {
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.ph === 'M',
  )
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid)
  const total = new Map()
  let layouts = 0
  let dirty = 0
  let objects = 0
  let styleElements = 0
  let styles = 0
  let partial = 0
  const invalidations = new Map()
  for (const e of mine) {
    if (e.ph === 'X' && typeof e.dur === 'number') {
      total.set(e.name, (total.get(e.name) ?? 0) + e.dur / 1000)
      if (e.name === 'Layout' && e.args?.beginData) {
        layouts++
        dirty += e.args.beginData.dirtyObjects ?? 0
        objects += e.args.beginData.totalObjects ?? 0
        if (e.args.beginData.partialLayout) partial++
      }
      if (e.name === 'UpdateLayoutTree' && e.args?.elementCount !== undefined) {
        styles++
        styleElements += e.args.elementCount
      }
    }
  }
  for (const e of events) {
    if (!e.name.endsWith('InvalidationTracking')) continue
    const d = e.args?.data ?? {}
    const k = `${e.name.replace('InvalidationTracking', '')} ${d.reason ?? d.changedAttribute ?? ''} ${d.nodeName ?? ''}`
    invalidations.set(k, (invalidations.get(k) ?? 0) + 1)
  }
  const top = [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([k, ms]) => `${(ms / frames).toFixed(3).padStart(7)} ms  ${k}`)
  return {
    top,
    layout: layouts && {
      dirty: r2(dirty / layouts),
      total: r2(objects / layouts),
      partial: r2(partial / layouts),
    },
    invalidations: [...invalidations.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, n]) => `${(n / frames).toFixed(2).padStart(8)}  ${k}`),
    style: styles && { elements: r2(styleElements / styles) },
  }
}
