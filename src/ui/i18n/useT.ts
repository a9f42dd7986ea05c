import { createContext, createElement, type ReactNode, useCallback, useContext } from 'react'
import { useSim } from '../store/useSim'
import { type Lang, type MessageKey, type Params, translate } from './catalog'

export type T = (key: MessageKey, params?: Params) => string

/**
 * The page's language, read from the store once (LangProvider, inside SimProvider) and handed down
 * by context: the hundreds of components that translate are not each a store subscriber.
 */
const LangContext = createContext<Lang>('en')

export function LangProvider({ children }: { children: ReactNode }) {
  const lang = useSim((s) => s.lang)
  return createElement(LangContext.Provider, { value: lang }, children)
}

/** The translation function for the page's current language. */
export function useT(): T {
  const lang = useContext(LangContext)
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang])
}

export function useLang(): Lang {
  return useContext(LangContext)
}
