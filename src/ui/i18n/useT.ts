import { useCallback } from 'react'
import { useSim } from '../store/useSim'
import { type Lang, type MessageKey, type Params, translate } from './catalog'

export type T = (key: MessageKey, params?: Params) => string

/** The translation function for the page's current language. */
export function useT(): T {
  const lang = useSim((s) => s.lang)
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang])
}

export function useLang(): Lang {
  return useSim((s) => s.lang)
}
