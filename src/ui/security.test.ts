// User-typed strings (keys, values, topic and group names, imported files) must reach the page as
// text: no source file may build HTML from strings or run strings as code. (The browser tests in
// e2e/security.spec.ts send payloads through every input; this keeps the door shut in the source.)

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..')
const FORBIDDEN = [
  /dangerouslySetInnerHTML/,
  /\.innerHTML\b/,
  /\.outerHTML\s*=/,
  /insertAdjacentHTML/,
  /document\.write/,
  /\bnew Function\s*\(/,
  /\beval\s*\(/,
  /createContextualFragment/,
  /\.html\s*\(/,
]

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === '__vectors__' ? [] : sources(path)
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

describe('no HTML from strings', () => {
  it('no source file uses innerHTML, dangerouslySetInnerHTML, eval or the like', () => {
    const files = sources(ROOT)
    expect(files.length).toBeGreaterThan(50)
    const hits = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          FORBIDDEN.some((re) => re.test(line))
            ? [`${f.slice(ROOT.length)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    )
    expect(hits).toEqual([])
  })
})
