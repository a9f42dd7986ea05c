// What the user did in a run, as opposed to what its scenario scripted: the inputs that are not
// the scenario's own (same tick, same command).

import { findScenario } from '../../engine/scenarios'
import type { Run } from '../../engine/timeline'

const keyOf = (i: Run['inputs'][number]): string => `${i.tick}:${JSON.stringify(i.command)}`

/** How many of the run's inputs the user gave (not scripted by `scenario`, when there is one). */
export function userInputCount(run: Run, scenario: string | null): number {
  const own = new Map<string, number>()
  for (const i of (scenario === null ? undefined : findScenario(scenario))?.inputs ?? [])
    own.set(keyOf(i), (own.get(keyOf(i)) ?? 0) + 1)
  let n = 0
  for (const i of run.inputs) {
    const k = keyOf(i)
    const left = own.get(k) ?? 0
    if (left > 0) own.set(k, left - 1)
    else n++
  }
  return n
}
