// Each <SimProvider> owns its store: two stores never share state, and no panel reaches for a
// module-level store (they read the provider's store through useSim / useSimApi).

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { layoutShowing } from '../layout/panelLayout'
import { createSimStore } from './createSimStore'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return sources(p)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : []
  })
}

describe('createSimStore', () => {
  it('makes independent stores', () => {
    const a = createSimStore('en')
    const b = createSimStore('zh')
    expect(a.getState().lang).toBe('en')
    expect(b.getState().lang).toBe('zh')
    a.getState().setTheme('dark')
    a.getState().selectPartition('orders-1')
    a.getState().highlightIds(['broker-1'], 10)
    a.getState().addNotice({ kind: 'info', key: 'notice.dismiss' })
    a.getState().setPanels(layoutShowing(['cluster']))
    a.getState().narrate('hello')
    a.getState().setShortcutsOpen(true)
    const sb = b.getState()
    expect(sb.theme).toBe('light')
    expect(sb.selectedPartition).toBeNull()
    expect(sb.highlight).toBeNull()
    expect(sb.notices).toEqual([])
    expect(sb.panels.hidden).toEqual([])
    expect(sb.narration).toBeNull()
    expect(sb.shortcutsOpen).toBe(false)
    expect(a.getState().narration).toBe('hello')
    expect(a.getState().events).not.toBe(undefined)
    expect(b.getState().view).toBeNull()
  })

  it('narrates plain text, trimmed and capped, and clears on null or empty', () => {
    const s = createSimStore()
    s.getState().narrate('  <b>ISR</b> shrinks  ')
    expect(s.getState().narration).toBe('<b>ISR</b> shrinks')
    s.getState().narrate('x'.repeat(5000))
    expect(s.getState().narration).toHaveLength(600)
    s.getState().narrate('')
    expect(s.getState().narration).toBeNull()
    s.getState().narrate('a')
    s.getState().narrate(null)
    expect(s.getState().narration).toBeNull()
  })

  it('is never created or imported as a module singleton by a panel', () => {
    const root = join(__dirname, '..')
    for (const file of [...sources(join(root, 'panels')), ...sources(join(root, 'components'))]) {
      const text = readFileSync(file, 'utf8')
      expect(text, file).not.toMatch(/\bcreateSimStore\s*\(/)
      expect(text, file).not.toMatch(/\bcreateStore\s*[(<]/)
      expect(text, file).not.toMatch(/from ['"][./]*store\/createSimStore['"]/)
    }
  })
})
