import { describe, expect, it } from 'vitest'
import { PANEL_IDS } from './layout/panelLayout'
import { DEFAULT_SEED, parseUrlParams, withParam } from './urlParams'

const IDS = ['healthy', 'slow-follower']

describe('parseUrlParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseUrlParams('', IDS)).toEqual({
      lang: null,
      seed: DEFAULT_SEED,
      scenario: null,
      paused: false,
      worker: true,
      panels: null,
      notices: [],
    })
  })

  it('reads ?panels as an ordered list, and refuses unknown names with a notice', () => {
    expect(parseUrlParams('?panels=cluster,partition-view,event-log', IDS).panels).toEqual([
      'cluster',
      'partition-view',
      'event-log',
    ])
    const bad = parseUrlParams('?panels=cluster,brokers', IDS)
    expect(bad.panels).toEqual(PANEL_IDS)
    expect(bad.notices.map((n) => [n.key, n.params.value])).toEqual([
      ['notice.badPanels', 'brokers'],
    ])
    expect(parseUrlParams('?panels=', IDS).notices).toHaveLength(1)
  })

  it('reads every parameter of the testing contract', () => {
    const s = parseUrlParams('?lang=zh&seed=7&scenario=healthy&paused=1&worker=0', IDS)
    expect(s).toMatchObject({
      lang: 'zh',
      seed: 7,
      scenario: 'healthy',
      paused: true,
      worker: false,
    })
    expect(s.notices).toEqual([])
  })

  it('falls back on a bad value and names the parameter in a notice', () => {
    const s = parseUrlParams('?lang=fr&seed=4.5&scenario=nope&paused=maybe&worker=2', IDS)
    expect(s).toMatchObject({ lang: null, seed: 42, scenario: null, paused: false, worker: true })
    expect(s.notices.map((n) => [n.key, n.params.param, n.params.value])).toEqual([
      ['notice.badLang', 'lang', 'fr'],
      ['notice.badSeed', 'seed', '4.5'],
      ['notice.badScenario', 'scenario', 'nope'],
      ['notice.badFlag', 'paused', 'maybe'],
      ['notice.badFlag', 'worker', '2'],
    ])
  })

  it('accepts negative and large 32-bit seeds, rejects others', () => {
    expect(parseUrlParams('?seed=-5', IDS).seed).toBe(-5)
    expect(parseUrlParams('?seed=4294967295', IDS).seed).toBe(4294967295)
    expect(parseUrlParams('?seed=99999999999', IDS).notices).toHaveLength(1)
    expect(parseUrlParams('?seed=abc', IDS).seed).toBe(DEFAULT_SEED)
  })

  it('treats an empty scenario as the default cluster', () => {
    expect(parseUrlParams('?scenario=', IDS)).toMatchObject({ scenario: null, notices: [] })
  })
})

describe('withParam', () => {
  it('sets and removes one parameter, keeping the others', () => {
    expect(withParam('http://x/?seed=1&lang=en', 'lang', 'zh')).toBe('http://x/?seed=1&lang=zh')
    expect(withParam('http://x/?seed=1&scenario=a', 'scenario', null)).toBe('http://x/?seed=1')
  })
})
