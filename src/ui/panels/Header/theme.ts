// Choosing the colour theme: the user's remembered choice (localStorage), else the system's
// prefers-color-scheme, else light.

import type { Theme } from '../../store/uiSlice'

export const THEME_STORAGE_KEY = 'kafkascope.theme'

export const isTheme = (v: unknown): v is Theme => v === 'light' || v === 'dark'

export function chooseTheme(remembered: string | null, systemPrefersDark: boolean): Theme {
  if (isTheme(remembered)) return remembered
  return systemPrefersDark ? 'dark' : 'light'
}

export function rememberedTheme(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY)
  } catch {
    return null
  }
}

export function rememberTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for this page only
  }
}

export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
}
