// A run as a file: what "Export run" downloads and "Import run" opens. The engine's own failing-run
// files ({seed, config, inputs, until, …}) are the same format, so a test's counterexample opens
// here as it is.

import type { Run, RunInput } from '../../engine/timeline'

/** A checked run file (validateRun.ts): the run, where to go once loaded, where it came from. */
export interface ParsedRun extends Run {
  readonly inputs: readonly RunInput[]
  /** Replay to this tick (the furthest the run was computed to). */
  readonly until?: number | undefined
  /** Then show this tick (the cursor when it was saved). */
  readonly tick?: number | undefined
  readonly scenario: string | null
}

export interface RunFile extends Run {
  readonly app: 'kafkascope'
  readonly version: 1
  readonly scenario: string | null
  readonly until: number
  readonly tick: number
}

export function toRunFile(
  run: Run,
  at: { tick: number; head: number },
  scenario: string | null,
): RunFile {
  return {
    app: 'kafkascope',
    version: 1,
    seed: run.seed,
    config: run.config,
    scenario,
    until: at.head,
    tick: at.tick,
    inputs: run.inputs,
  }
}

export const runFileName = (seed: number): string => `kafkascope-run-${seed}.json`

/** Offers `file` as a download (a blob: URL on a temporary link). */
export function downloadRunFile(file: RunFile): void {
  const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = runFileName(file.seed)
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
