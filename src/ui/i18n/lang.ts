// Choosing the language: the URL's ?lang wins, then the choice the user made before (remembered
// in localStorage), then the browser's language (zh* → Chinese), else English.

import { isLang, type Lang } from './catalog'

export const LANG_STORAGE_KEY = 'kafkascope.lang'

export function chooseLang(
  fromUrl: Lang | null,
  remembered: string | null,
  browser: readonly string[],
): Lang {
  if (fromUrl !== null) return fromUrl
  if (isLang(remembered)) return remembered
  for (const l of browser) {
    const lower = l.toLowerCase()
    if (lower.startsWith('zh')) return 'zh'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}

export function rememberedLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY)
  } catch {
    return null
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang)
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for this page only
  }
}

export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : [navigator.language]
}
