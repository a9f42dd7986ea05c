// The URL is the testing contract (and a way to share a setup):
//   ?lang=en|zh  ?seed=<integer> (42)  ?scenario=<id>  ?paused=1  ?worker=0
//   ?panels=cluster,partition-view,event-log (which panels, in that order)
// A bad value falls back to the default and yields a notice naming the parameter; unknown
// parameters are ignored.

import { isLang, type Lang, type MessageKey, type Params } from './i18n/catalog'
import { PANEL_IDS, type PanelId, parsePanelsParam } from './layout/panelLayout'

export const DEFAULT_SEED = 42

export interface UrlNotice {
  readonly key: MessageKey
  readonly params: Params
}

export interface UrlSettings {
  readonly lang: Lang | null
  readonly seed: number
  /** A scenario id from SCENARIOS, or null for the plain default cluster. */
  readonly scenario: string | null
  readonly paused: boolean
  /** false: run the simulation on the main thread (?worker=0). */
  readonly worker: boolean
  /** ?panels: the panels to show, in order (null: the remembered or default layout; a bad list: all). */
  readonly panels: readonly PanelId[] | null
  readonly notices: readonly UrlNotice[]
}

const SEED = /^-?\d{1,10}$/

function flag(
  params: URLSearchParams,
  name: string,
  fallback: boolean,
  notices: UrlNotice[],
): boolean {
  const v = params.get(name)
  if (v === null) return fallback
  if (v === '1' || v === 'true') return true
  if (v === '0' || v === 'false') return false
  notices.push({ key: 'notice.badFlag', params: { param: name, value: v } })
  return fallback
}

export function parseUrlParams(search: string, scenarioIds: readonly string[]): UrlSettings {
  const params = new URLSearchParams(search)
  const notices: UrlNotice[] = []

  const rawLang = params.get('lang')
  let lang: Lang | null = null
  if (rawLang !== null) {
    if (isLang(rawLang)) lang = rawLang
    else notices.push({ key: 'notice.badLang', params: { param: 'lang', value: rawLang } })
  }

  const rawSeed = params.get('seed')
  let seed = DEFAULT_SEED
  if (rawSeed !== null) {
    const n = Number(rawSeed)
    if (SEED.test(rawSeed) && n >= -2_147_483_648 && n <= 4_294_967_295) seed = n
    else
      notices.push({
        key: 'notice.badSeed',
        params: { param: 'seed', value: rawSeed, fallback: DEFAULT_SEED },
      })
  }

  const rawScenario = params.get('scenario')
  let scenario: string | null = null
  if (rawScenario !== null && rawScenario !== '') {
    if (scenarioIds.includes(rawScenario)) scenario = rawScenario
    else
      notices.push({ key: 'notice.badScenario', params: { param: 'scenario', value: rawScenario } })
  }

  const paused = flag(params, 'paused', false, notices)
  const worker = flag(params, 'worker', true, notices)

  const rawPanels = params.get('panels')
  let panels: PanelId[] | null = null
  if (rawPanels !== null) {
    const parsed = parsePanelsParam(rawPanels)
    if (parsed.ok) panels = parsed.panels
    else {
      // a bad list shows the default layout (not a remembered one), so the page looks as documented
      panels = [...PANEL_IDS]
      notices.push({
        key: 'notice.badPanels',
        params: { param: 'panels', value: parsed.bad.join(', '), known: PANEL_IDS.join(', ') },
      })
    }
  }
  return { lang, seed, scenario, paused, worker, panels, notices }
}

/** The current URL with one parameter set (or removed, for null), for reloads and history. */
export function withParam(href: string, name: string, value: string | null): string {
  const url = new URL(href)
  if (value === null) url.searchParams.delete(name)
  else url.searchParams.set(name, value)
  return url.toString()
}
