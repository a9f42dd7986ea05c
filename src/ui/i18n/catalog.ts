// The message catalogs and the lookup. English is the reference: its keys define MessageKey.

import { en } from './en'
import { zh } from './zh'

export type Lang = 'en' | 'zh'
export const LANGS: readonly Lang[] = ['en', 'zh']
export type MessageKey = keyof typeof en
export type Messages = Readonly<Record<MessageKey, string>>
export type Params = Readonly<Record<string, string | number>>

export const CATALOGS: Readonly<Record<Lang, Messages>> = { en, zh }

/** The message for `key` in `lang` with `{name}` parameters filled in. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = CATALOGS[lang][key] ?? en[key] ?? key
  if (params === undefined) return text
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] === undefined ? m : String(params[name]),
  )
}

export const isLang = (v: unknown): v is Lang => v === 'en' || v === 'zh'
