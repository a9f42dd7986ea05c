// The first load carries only en.ts (catalog.ts): a key of enDeferred.ts used by a module of the
// first load would show as the bare key until some panel happened to fetch the rest. So: follow
// the static imports from main.tsx (what the first load runs; import() is where it stops) and
// check that none of those modules names a deferred key, literally or as a `prefix.${…}` template.

import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from './en'
import { enDeferred } from './enDeferred'

const SRC = join(__dirname, '..', '..')
// Value imports and re-exports; `import type` and `export type` bring no code.
const STATIC = /^\s*(?:import|export)\s+(?!type\b)(?:[^;'"]*?\bfrom\s+)?['"]([^'"]+)['"]/gm

function resolveModule(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null
  const base = resolve(dirname(from), spec)
  for (const f of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (/\.tsx?$/.test(f) && existsSync(f)) return f
  return null
}

function firstLoad(entry: string): Map<string, string> {
  const seen = new Map<string, string>()
  const todo = [entry]
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue
    const text = readFileSync(file, 'utf8')
    seen.set(file, text)
    for (const m of text.matchAll(STATIC)) {
      const dep = m[1] === undefined ? null : resolveModule(file, m[1])
      if (dep !== null) todo.push(dep)
    }
  }
  return seen
}

describe('the first screen’s text', () => {
  const modules = firstLoad(join(SRC, 'ui', 'main.tsx'))
  const deferred = Object.keys(enDeferred)

  it('follows the first load (and stops at what loads later)', () => {
    const names = [...modules.keys()].map((f) => f.slice(SRC.length + 1))
    expect(names).toContain('ui/panels/Cluster/ClusterPanel.tsx')
    expect(names).toContain('ui/i18n/en.ts')
    expect(names).not.toContain('ui/i18n/enDeferred.ts')
    expect(names).not.toContain('ui/panels/Groups/GroupsPanel.tsx')
  })

  it('the two English files do not share a key', () => {
    expect(deferred.filter((k) => k in en)).toEqual([])
  })

  it('no module of the first load uses a key of enDeferred.ts', () => {
    const misses: string[] = []
    for (const [file, text] of modules) {
      if (file.endsWith('.test.ts') || file.endsWith('/en.ts')) continue
      const prefixes = [...text.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1] ?? '')
      for (const k of deferred)
        if (new RegExp(`['"\`]${k.replace(/\./g, '\\.')}['"\`]`).test(text))
          misses.push(`${file}: ${k}`)
      for (const p of prefixes)
        if (deferred.some((k) => k.startsWith(p))) misses.push(`${file}: \`${p}\${…}\``)
    }
    expect(misses).toEqual([])
  })
})
