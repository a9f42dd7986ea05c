// The message catalogs and the lookup. English is the reference: its keys define MessageKey. It is
// part of the page's first load; Chinese is fetched on demand (loadLang), before the page first
// renders in Chinese or switches to it. Until then a lookup falls back to English.

import { en } from './en'
import { setZhTerms } from './terms'

export type Lang = 'en' | 'zh'
export const LANGS: readonly Lang[] = ['en', 'zh']
export type MessageKey = keyof typeof en
export type Messages = Readonly<Record<MessageKey, string>>
export type Params = Readonly<Record<string, string | number>>

const catalogs: { [L in Lang]?: Messages } = { en }

/** The catalogs loaded so far (English always). */
export const CATALOGS: Readonly<{ [L in Lang]?: Messages }> = catalogs

const loaders: Readonly<Record<Lang, () => Promise<Messages>>> = {
  en: async () => en,
  zh: () =>
    Promise.all([import('./zh'), import('./termsZh')]).then(([m, t]) => {
      setZhTerms(t.TERMS_ZH)
      return m.zh
    }),
}

/** Whether `lang`'s messages are here (so switching to it shows them at once). */
export function hasLang(lang: Lang): boolean {
  return catalogs[lang] !== undefined
}

/** Makes `lang`'s messages available (fetching its catalog the first time). */
export async function loadLang(lang: Lang): Promise<void> {
  if (catalogs[lang] === undefined) catalogs[lang] = await loaders[lang]()
}

/** The message for `key` in `lang` with `{name}` parameters filled in. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogs[lang]?.[key] ?? en[key] ?? key
  if (params === undefined) return text
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] === undefined ? m : String(params[name]),
  )
}

export const isLang = (v: unknown): v is Lang => v === 'en' || v === 'zh'
