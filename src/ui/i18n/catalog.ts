// The message catalogs and the lookup. English is the reference: its keys (en.ts and
// enDeferred.ts) define MessageKey. The first load carries only en.ts, the first screen's text;
// the rest of English comes with the panels and dialogs that load after the first paint (they call
// loadLang before they render). Chinese is fetched whole on demand (loadLang), before the page
// first renders in Chinese or switches to it. Until a catalog is here, a lookup falls back to
// English.

import { en } from './en'
import type { enDeferred } from './enDeferred'
import { setEngineErrorRulesZh } from './engineErrors'
import { setZhTerms } from './terms'

export type Lang = 'en' | 'zh'
export const LANGS: readonly Lang[] = ['en', 'zh']
export type MessageKey = keyof typeof en | keyof typeof enDeferred
export type Messages = Readonly<Record<MessageKey, string>>
export type Params = Readonly<Record<string, string | number>>

/** The complete catalogs loaded so far. */
const catalogs: { [L in Lang]?: Messages } = {}

/** The complete catalogs loaded so far (English once its deferred part is here too). */
export const CATALOGS: Readonly<{ [L in Lang]?: Messages }> = catalogs

/** English's first-screen messages, there from the start: the fallback of every lookup. */
const firstScreen: Readonly<Partial<Messages>> = en

const loaders: Readonly<Record<Lang, () => Promise<Messages>>> = {
  en: () => import('./enDeferred').then((m) => ({ ...en, ...m.enDeferred })),
  zh: () =>
    Promise.all([import('./zh'), import('./termsZh'), import('./engineErrorsZh')]).then(
      ([m, t, e]) => {
        setZhTerms(t.TERMS_ZH)
        setEngineErrorRulesZh(e.ENGINE_ERRORS_ZH)
        return m.zh
      },
    ),
}

/** Whether `lang`'s messages are all here (so switching to it shows them at once). */
export function hasLang(lang: Lang): boolean {
  return catalogs[lang] !== undefined
}

/** Makes all of `lang`'s messages available (fetching what is missing the first time). */
export async function loadLang(lang: Lang): Promise<void> {
  if (catalogs[lang] === undefined) catalogs[lang] = await loaders[lang]()
}

/**
 * Before a view that loads after the first paint renders: the rest of English, which every lookup
 * falls back to. (A page in another language has that one whole already: it is loaded before the
 * page renders in it or switches to it.)
 */
export const loadDeferredText = (): Promise<void> => loadLang('en')

/**
 * The message for `key` in `lang` with `{name}` parameters filled in, and `{name|one|other}`
 * chosen by whether the parameter is 1 (English plurals: "{count} {count|input|inputs}").
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogs[lang]?.[key] ?? catalogs.en?.[key] ?? firstScreen[key] ?? key
  if (params === undefined) return text
  return text
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, name: string, one: string, other: string) =>
      params[name] === undefined ? m : Number(params[name]) === 1 ? one : other,
    )
    .replace(/\{(\w+)\}/g, (m, name: string) =>
      params[name] === undefined ? m : String(params[name]),
    )
}

export const isLang = (v: unknown): v is Lang => v === 'en' || v === 'zh'
