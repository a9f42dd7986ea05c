// Engine purity guard: the simulation engine must stay deterministic and host-agnostic.
// Every non-test source file under src/engine is scanned (comments stripped) for wall-clock
// time, ambient randomness, timers, DOM/worker globals and imports of UI-side code.
// Test files (*.test.ts, *.spec.ts) and test-support code under src/engine/testing/ are exempt.

import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ENGINE_DIR = fileURLToPath(new URL('.', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

const SOURCE_EXT = /\.(?:ts|tsx|mts|cts)$/
const TEST_FILE = /\.(?:test|spec)\.(?:ts|tsx|mts|cts)$/
const EXEMPT_DIRS = new Set(['testing', '__vectors__', 'node_modules'])

interface Finding {
  file: string
  line: number
  rule: string
  text: string
}

/** Forbidden expressions, matched against code with comments AND string contents blanked. */
const FORBIDDEN_CODE: ReadonlyArray<{ rule: string; re: RegExp }> = [
  { rule: 'Math.random', re: /\bMath\s*\.\s*random\b/g },
  { rule: 'Date.now', re: /\bDate\s*\.\s*now\b/g },
  { rule: 'new Date(', re: /\bnew\s+Date\b/g },
  { rule: 'performance.now', re: /(?<![\w$.])performance\s*\??\.\s*now\b/g },
  { rule: 'setTimeout', re: /(?<![\w$.])setTimeout\b/g },
  { rule: 'setInterval', re: /(?<![\w$.])setInterval\b/g },
  { rule: 'window.', re: /(?<![\w$.])window\s*(?:\?\.|\.|\[)/g },
  { rule: 'document.', re: /(?<![\w$.])document\s*(?:\?\.|\.|\[)/g },
  { rule: 'self.', re: /(?<![\w$.])self\s*(?:\?\.|\.|\[)/g },
  { rule: 'globalThis.', re: /(?<![\w$.])globalThis\s*(?:\?\.|\.|\[)/g },
]

/** Forbidden module specifiers (imports, re-exports, dynamic import(), require()). */
const FORBIDDEN_IMPORTS: ReadonlyArray<{ rule: string; test: (spec: string) => boolean }> = [
  { rule: 'import react', test: (s) => /^react(?:-dom)?(?:\/|$)/.test(s) },
  { rule: 'import d3*', test: (s) => /^d3/.test(s) },
  { rule: 'import zustand*', test: (s) => /^zustand/.test(s) },
  { rule: 'import motion*', test: (s) => /^(?:motion|framer-motion)/.test(s) },
  { rule: 'import from /ui/', test: (s) => /(?:^|\/)ui(?:\/|$)/.test(s) },
  { rule: 'import from /worker/', test: (s) => /(?:^|\/)worker(?:\/|$)/.test(s) },
]

const REGEX_PRECEDING_KEYWORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
])

/**
 * Blanks comments (→ `code`) and additionally string/template/regex contents (→ `bare`) with
 * spaces, keeping newlines and offsets so that line numbers and positions stay valid.
 * Template `${...}` expressions are kept as code in both views.
 */
function stripSource(src: string): { code: string; bare: string } {
  const code = src.split('')
  const bare = src.split('')
  const blank = (arr: string[], from: number, to: number) => {
    for (let k = from; k < to; k++) if (arr[k] !== '\n' && arr[k] !== '\r') arr[k] = ' '
  }
  // Stack of open template literals; each entry is the `{` depth at which its `${` started.
  const templates: number[] = []
  let braceDepth = 0
  let lastSignificant = '' // last non-space code char, to tell regex literals from division
  let lastWord = ''
  let i = 0
  const n = src.length

  const scanString = (quote: string): void => {
    const start = i
    i++
    while (i < n && src[i] !== quote && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1
    i++ // closing quote
    blank(bare, start + 1, Math.min(i - 1, n))
    lastSignificant = quote
    lastWord = ''
  }

  // Scans template text from i (just after ` or }) up to the closing ` or a `${`.
  const scanTemplateText = (): void => {
    const start = i
    while (i < n) {
      if (src[i] === '\\') {
        i += 2
        continue
      }
      if (src[i] === '`') {
        blank(bare, start, i)
        templates.pop()
        i++
        lastSignificant = '`'
        lastWord = ''
        return
      }
      if (src[i] === '$' && src[i + 1] === '{') {
        blank(bare, start, i)
        i += 2
        braceDepth++
        lastSignificant = '{'
        lastWord = ''
        return
      }
      i++
    }
    blank(bare, start, n)
  }

  while (i < n) {
    const c = src[i] as string
    const next = src[i + 1]
    if (c === '/' && next === '/') {
      const start = i
      while (i < n && src[i] !== '\n') i++
      blank(code, start, i)
      blank(bare, start, i)
      continue
    }
    if (c === '/' && next === '*') {
      const start = i
      const end = src.indexOf('*/', i + 2)
      i = end === -1 ? n : end + 2
      blank(code, start, i)
      blank(bare, start, i)
      continue
    }
    if (c === "'" || c === '"') {
      scanString(c)
      continue
    }
    if (c === '`') {
      templates.push(braceDepth)
      i++
      scanTemplateText()
      continue
    }
    if (c === '/') {
      const regexAllowed =
        lastSignificant === '' ||
        '(,=:[!&|?{};+-*%<>~^'.includes(lastSignificant) ||
        REGEX_PRECEDING_KEYWORDS.has(lastWord)
      if (regexAllowed) {
        const start = i
        i++
        let inClass = false
        while (i < n && src[i] !== '\n') {
          const ch = src[i]
          if (ch === '\\') {
            i += 2
            continue
          }
          if (ch === '[') inClass = true
          else if (ch === ']') inClass = false
          else if (ch === '/' && !inClass) break
          i++
        }
        i++
        blank(bare, start + 1, Math.min(i - 1, n))
        lastSignificant = '/'
        lastWord = ''
        continue
      }
    }
    if (c === '{') braceDepth++
    if (c === '}') {
      if (templates.length > 0 && templates[templates.length - 1] === braceDepth - 1) {
        braceDepth--
        i++
        scanTemplateText()
        continue
      }
      braceDepth--
    }
    if (/[\w$]/.test(c)) {
      const start = i
      while (i < n && /[\w$]/.test(src[i] as string)) i++
      lastWord = src.slice(start, i)
      lastSignificant = 'a'
      continue
    }
    if (!/\s/.test(c)) {
      lastSignificant = c
      lastWord = ''
    }
    i++
  }
  return { code: code.join(''), bare: bare.join('') }
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let k = 0; k < offset; k++) if (text.charCodeAt(k) === 10) line++
  return line
}

function lineText(src: string, line: number): string {
  return (src.split('\n')[line - 1] ?? '').trim()
}

/** Returns every purity violation in one source text. `file` is only used for reporting. */
function scanSource(src: string, file: string): Finding[] {
  const { code, bare } = stripSource(src)
  const findings: Finding[] = []
  const add = (rule: string, offset: number) => {
    const line = lineOf(src, offset)
    findings.push({ file, line, rule, text: lineText(src, line) })
  }

  for (const { rule, re } of FORBIDDEN_CODE) {
    for (const m of bare.matchAll(re)) add(rule, m.index)
  }

  // Module specifiers: `from 'x'`, `import 'x'`, `import('x')`, `require('x')`.
  // Matched on `code` (strings intact); the keyword must also be present in `bare`,
  // i.e. it is real code and not text inside a string.
  const specifierRe = /\b(from|import|require)\s*\(?\s*(['"])([^'"\n]*)\2/g
  for (const m of code.matchAll(specifierRe)) {
    const keyword = m[1] as string
    if (bare.slice(m.index, m.index + keyword.length) !== keyword) continue
    if (keyword === 'require' && !/^require\s*\(/.test(m[0])) continue
    const spec = m[3] as string
    for (const { rule, test } of FORBIDDEN_IMPORTS) {
      if (test(spec)) add(`${rule} ('${spec}')`, m.index)
    }
  }

  return findings.sort((a, b) => a.line - b.line)
}

/** Non-test engine source files, recursively, as absolute paths (sorted). */
function engineSourceFiles(dir: string = ENGINE_DIR): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!EXEMPT_DIRS.has(entry.name)) out.push(...engineSourceFiles(full))
    } else if (entry.isFile() && SOURCE_EXT.test(entry.name) && !TEST_FILE.test(entry.name)) {
      out.push(full)
    }
  }
  return out.sort()
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)],
  )
}

const format = (f: Finding) => `${f.file}:${f.line}: ${f.rule} — ${f.text}`

describe('engine purity', () => {
  it('src/engine has no wall-clock, randomness, timers, DOM/worker globals or UI imports', () => {
    const findings = engineSourceFiles().flatMap((abs) =>
      scanSource(readFileSync(abs, 'utf8'), relative(REPO_ROOT, abs)),
    )
    // Listed as `file:line: rule — source line`. Use the seeded RNG and the simulated clock
    // instead; keep host access in src/worker or src/ui.
    expect(findings.map(format)).toEqual([])
  })

  it('walks src/engine recursively and skips test files', () => {
    const everything = allFiles(ENGINE_DIR).map((f) => relative(REPO_ROOT, f))
    expect(everything).toContain(join('src', 'engine', 'purity.test.ts'))
    const scanned = engineSourceFiles().map((f) => relative(REPO_ROOT, f))
    expect(scanned.every((f) => !TEST_FILE.test(f))).toBe(true)
  })

  describe('scanner self-check', () => {
    it('flags a synthetic offending source', () => {
      const bad = [
        "import { useState } from 'react'", // 1
        "import { createRoot } from 'react-dom/client'", // 2
        "import * as d3 from 'd3'", // 3
        "import { scaleLinear } from 'd3-scale'", // 4
        "import { create } from 'zustand/vanilla'", // 5
        "import { motion } from 'motion/react'", // 6
        "import { Panel } from '../ui/Panel'", // 7
        "export { api } from '../worker/api'", // 8
        'const r = Math.random()', // 9
        'const t = Date.now() + performance.now()', // 10
        'const d = new Date(0)', // 11
        'setTimeout(() => {}, 1); const h = setInterval(tick, 5)', // 12
        'const w = window.innerWidth + document.title.length', // 13
        'self.postMessage(1); globalThis.foo = 1', // 14
        "const lazy = () => import('../ui/lazy')", // 15
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text fed to the scanner
        'const s = `${Math.random()}`', // 16
      ].join('\n')
      const rules = scanSource(bad, 'synthetic.ts').map((f) => `${f.line} ${f.rule}`)
      expect(rules).toEqual([
        "1 import react ('react')",
        "2 import react ('react-dom/client')",
        "3 import d3* ('d3')",
        "4 import d3* ('d3-scale')",
        "5 import zustand* ('zustand/vanilla')",
        "6 import motion* ('motion/react')",
        "7 import from /ui/ ('../ui/Panel')",
        "8 import from /worker/ ('../worker/api')",
        '9 Math.random',
        '10 Date.now',
        '10 performance.now',
        '11 new Date(',
        '12 setTimeout',
        '12 setInterval',
        '13 window.',
        '13 document.',
        '14 self.',
        '14 globalThis.',
        "15 import from /ui/ ('../ui/lazy')",
        '16 Math.random',
      ])
    })

    it('ignores comments, strings and look-alike identifiers', () => {
      const ok = [
        '// Math.random is banned here; use rng.next() instead of Date.now()',
        '/* window.foo, document.bar,',
        "   import x from 'react' */",
        "const msg = 'never call Math.random or setTimeout(...)'",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text fed to the scanner
        'const tpl = `window.${name} and new Date(`',
        'const re = /Date.now|window\\./g',
        'const ratio = a / b / c // not a regex',
        'const obj = { window: 1, document: 2, setTimeoutMs: 3 }',
        'const x = sim.window.size + state.self.id + clock.setTimeout',
        "import { rng } from './rng'",
        "import type { Tick } from './types'",
        "import { workerless } from './uiless/worker-free'",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text fed to the scanner
        'const doc = `${a}/* not a comment */${b}`',
      ].join('\n')
      expect(scanSource(ok, 'clean.ts').map(format)).toEqual([])
    })

    it('reports the right line after multi-line comments and templates', () => {
      const src = ['/*', ' * header', ' */', 'const a = `x', 'y`', 'const b = Date.now()'].join(
        '\n',
      )
      expect(scanSource(src, 'lines.ts').map(format)).toEqual([
        'lines.ts:6: Date.now — const b = Date.now()',
      ])
    })
  })
})
