import { useEffect } from 'react'
import { useSim } from '../store/useSim'

/** Keeps <html lang> and data-theme in step with the page's language and theme. */
export function useDocumentLang(): void {
  const lang = useSim((s) => s.lang)
  const theme = useSim((s) => s.theme)
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
  }, [lang])
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
}
