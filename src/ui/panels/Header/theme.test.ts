import { describe, expect, it } from 'vitest'
import { chooseTheme, isTheme } from './theme'

describe('chooseTheme', () => {
  it('prefers the remembered choice, then the system setting', () => {
    expect(chooseTheme('dark', false)).toBe('dark')
    expect(chooseTheme('light', true)).toBe('light')
    expect(chooseTheme(null, true)).toBe('dark')
    expect(chooseTheme(null, false)).toBe('light')
    expect(chooseTheme('sepia', true)).toBe('dark')
  })

  it('knows the two themes', () => {
    expect(isTheme('dark')).toBe(true)
    expect(isTheme('Dark')).toBe(false)
  })
})
