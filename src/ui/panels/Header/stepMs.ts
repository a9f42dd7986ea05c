// The "Step N ms" amount: a whole number of simulated milliseconds, 1 to 60 000.

export const STEP_MS_DEFAULT = 100
export const STEP_MS_MIN = 1
export const STEP_MS_MAX = 60_000

/** The amount typed in the field, or null when it is not a whole number in range. */
export function parseStepMs(raw: string): number | null {
  const text = raw.trim().replace(/[\s_,]/g, '')
  if (!/^\d+$/.test(text)) return null
  const n = Number(text)
  return n >= STEP_MS_MIN && n <= STEP_MS_MAX ? n : null
}
