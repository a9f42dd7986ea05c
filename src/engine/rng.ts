// Seeded PRNG (mulberry32). Its whole state is one uint32 kept in SimState.rng, so a checkpoint
// captures it and a replay draws the same numbers. Nothing else in the engine may be random.

import type { SimState } from './model'

export function seedRng(seed: number): number {
  // splitmix-style scramble so nearby seeds give unrelated streams
  let z = (seed | 0) + 0x9e3779b9
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return (z ^ (z >>> 16)) >>> 0
}

/** Next uint32 and the state after it. */
export function nextUint32(state: number): [number, number] {
  const s = (state + 0x6d2b79f5) >>> 0
  let t = s
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return [(t ^ (t >>> 14)) >>> 0, s]
}

/** Uniform integer in [0, n). (nextUint32 inlined: no tuple per draw.) */
export function randomInt(sim: SimState, n: number): number {
  const s = (sim.rng + 0x6d2b79f5) >>> 0
  sim.rng = s
  let t = s
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return n <= 1 ? 0 : ((t ^ (t >>> 14)) >>> 0) % n
}

/** Uniform integer in [min, max]. */
export function randomBetween(sim: SimState, min: number, max: number): number {
  return min + randomInt(sim, max - min + 1)
}
