// Playback speeds on a log scale, 0.1× to 100× (the worker's MIN_SPEED and MAX_SPEED).

import { MAX_SPEED, MIN_SPEED } from '../../worker/protocol'

export const SPEEDS: readonly number[] = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100].filter(
  (s) => s >= MIN_SPEED && s <= MAX_SPEED,
)

/** Index of the preset closest to `speed` on a log scale. */
export function speedIndex(speed: number): number {
  let best = 0
  for (let i = 1; i < SPEEDS.length; i++) {
    const d = Math.abs(Math.log(SPEEDS[i] as number) - Math.log(speed))
    if (d < Math.abs(Math.log(SPEEDS[best] as number) - Math.log(speed))) best = i
  }
  return best
}

/** The next preset up (dir 1) or down (dir -1) from `speed`. */
export function nextSpeed(speed: number, dir: 1 | -1): number {
  const i = Math.min(SPEEDS.length - 1, Math.max(0, speedIndex(speed) + dir))
  return SPEEDS[i] as number
}

export const formatSpeed = (s: number): string => `${s}×`
