import { beforeAll, describe, expect, it } from 'vitest'
import { CATALOGS, hasLang, loadLang, translate } from './catalog'
import { en } from './en'
import { enDeferred } from './enDeferred'
import { chooseLang } from './lang'
import { zh } from './zh'

const english = { ...en, ...enDeferred }
const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('catalogs', () => {
  beforeAll(() => loadLang('zh'))

  it('loads Chinese on demand', () => {
    expect(hasLang('en')).toBe(true)
    expect(hasLang('zh')).toBe(true)
    expect(CATALOGS.zh).toBe(zh)
  })

  it('zh has exactly the keys of en and enDeferred', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(english).sort())
  })

  it('every message uses the same {parameters} in both languages and none is empty', () => {
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      expect(params(zh[key]), key).toEqual(params(english[key]))
      expect(CATALOGS.en?.[key].trim(), key).not.toBe('')
      expect(CATALOGS.zh?.[key].trim(), key).not.toBe('')
    }
  })

  it('keeps Kafka’s terms with a Chinese gloss', () => {
    const all = Object.values(zh).join('\n')
    expect(all).toContain('ISR（同步副本集）')
    expect(all).toContain('HW（高水位）')
    expect(all).toContain('LEO（日志末端位移）')
  })

  it('fills parameters', () => {
    expect(translate('en', 'notice.badScenario', { value: 'xyz' })).toBe(
      "Unknown scenario 'xyz' — using the default cluster",
    )
    expect(translate('zh', 'broker.name', { id: 2 })).toBe('Broker 2')
  })

  it('chooses English singular or plural by the count', () => {
    const loaded = (count: number) => translate('en', 'runs.loaded', { seed: 7, count, s: '1.0' })
    expect(loaded(1)).toBe('Loaded the run: seed 7, 1 input, at 1.0 s.')
    expect(loaded(4)).toBe('Loaded the run: seed 7, 4 inputs, at 1.0 s.')
    expect(translate('en', 'runs.refused', { count: 1, first: '#3' })).toMatch(
      /^1 input was refused/,
    )
    expect(translate('en', 'runs.refused', { count: 0, first: '#3' })).toMatch(/^0 inputs were/)
  })
})

describe('chooseLang', () => {
  it('prefers the URL, then the remembered choice, then the browser language', () => {
    expect(chooseLang('en', 'zh', ['zh-CN'])).toBe('en')
    expect(chooseLang(null, 'zh', ['en-US'])).toBe('zh')
    expect(chooseLang(null, null, ['zh-TW', 'en'])).toBe('zh')
    expect(chooseLang(null, 'klingon', ['fr-FR', 'en-GB'])).toBe('en')
    expect(chooseLang(null, null, [])).toBe('en')
  })
})
