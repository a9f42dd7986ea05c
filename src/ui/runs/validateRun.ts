// Checking a run file (or a saved run) before anything is applied: the shape the engine expects,
// {seed, config, inputs: [{tick, command}]}, with one issue per problem naming where it is
// (e.g. inputs[3].tick) and what is wrong. The engine then replays it input by input
// (replayChecked.ts); a valid file can still hold a config or a command the engine refuses.
// Extra fields (a test's `property`, `problems`, `safe`) are ignored; `until` and `tick` say where
// to go once loaded; `scenario` names the scenario the run came from.

import type { Params } from '../i18n/catalog'
import { CONFIG_OBJECT, CONFIG_REQUIRED, isCommandType } from './commandTypes'
import type { ParsedRun } from './runFile'

/** Limits that keep a hostile file from freezing the page or the simulation. */
export const MAX_RUN_CHARS = 10_000_000
export const MAX_INPUTS = 100_000
/** One simulated hour: a longer replay would keep the simulation busy for too long. */
export const MAX_TICK = 3_600_000
const SEED_MIN = -2_147_483_648
const SEED_MAX = 4_294_967_295
export const MAX_ISSUES = 20

export type IssueCode =
  | 'json'
  | 'tooBig'
  | 'root'
  | 'seed'
  | 'config'
  | 'inputs'
  | 'tooMany'
  | 'input'
  | 'tick'
  | 'order'
  | 'command'
  | 'unknownType'
  | 'commandConfig'
  | 'until'
  | 'scenario'

export interface RunIssue {
  /** Where: "seed", "inputs[3].tick", … ("" for the file as a whole). */
  readonly path: string
  readonly code: IssueCode
  readonly params: Params
}

export type Checked = { ok: true; run: ParsedRun } | { ok: false; issues: RunIssue[] }

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A short, safe rendering of a bad value for a message ("-5", "\"abc\"", "an array"). */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing'
  if (Array.isArray(v)) return 'an array'
  if (typeof v === 'object') return v === null ? 'null' : 'an object'
  const text = typeof v === 'string' ? JSON.stringify(v) : String(v)
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

const isTick = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_TICK

/** Parses and checks the text of a run file. */
export function parseRunText(text: string): Checked {
  if (text.length > MAX_RUN_CHARS)
    return fail({ path: '', code: 'tooBig', params: { size: text.length, max: MAX_RUN_CHARS } })
  if (text.trim() === '') return fail({ path: '', code: 'root', params: { got: 'nothing' } })
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return fail({ path: '', code: 'json', params: jsonWhere(text, err) })
  }
  return validateRun(value)
}

function fail(issue: RunIssue): Checked {
  return { ok: false, issues: [issue] }
}

/** The parser's message with a line and column (V8 reports a position). */
function jsonWhere(text: string, err: unknown): Params {
  const message = err instanceof Error ? err.message : String(err)
  const pos = /position (\d+)/.exec(message)?.[1] ?? (/end of/i.test(message) ? text.length : null)
  if (pos === null) return { message: message.slice(0, 200), line: '?', column: '?' }
  const before = text.slice(0, Number(pos))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  const short = message.replace(/\s*\(line \d+ column \d+\)/, '').slice(0, 200)
  return { message: short, line, column }
}

/** Checks a parsed value; every problem is listed (up to MAX_ISSUES). */
export function validateRun(value: unknown): Checked {
  if (!isObject(value)) return fail({ path: '', code: 'root', params: { got: show(value) } })
  const issues: RunIssue[] = []
  const add = (path: string, code: IssueCode, params: Params = {}) => {
    if (issues.length < MAX_ISSUES + 1) issues.push({ path, code, params })
  }
  const { seed, config, inputs, until, tick, scenario } = value
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < SEED_MIN || seed > SEED_MAX)
    add('seed', 'seed', { got: show(seed), min: SEED_MIN, max: SEED_MAX })
  if (!isObject(config)) add('config', 'config', { got: show(config) })
  if (!Array.isArray(inputs)) add('inputs', 'inputs', { got: show(inputs) })
  else if (inputs.length > MAX_INPUTS)
    add('inputs', 'tooMany', { count: inputs.length, max: MAX_INPUTS })
  else checkInputs(inputs, add)
  if (until !== undefined && !isTick(until))
    add('until', 'until', { got: show(until), max: MAX_TICK })
  if (tick !== undefined && !isTick(tick)) add('tick', 'until', { got: show(tick), max: MAX_TICK })
  if (scenario !== undefined && scenario !== null && typeof scenario !== 'string')
    add('scenario', 'scenario', { got: show(scenario) })
  if (issues.length > 0) return { ok: false, issues }
  const run = value as Pick<ParsedRun, 'seed' | 'config' | 'inputs'>
  const at = (v: unknown) => (typeof v === 'number' ? v : undefined)
  return {
    ok: true,
    run: {
      seed: run.seed,
      config: run.config,
      inputs: run.inputs.map((i) => ({ tick: i.tick, command: i.command })),
      until: at(until),
      tick: at(tick),
      scenario: typeof scenario === 'string' ? scenario : null,
    },
  }
}

function checkInputs(inputs: unknown[], add: (p: string, c: IssueCode, x?: Params) => void) {
  let prev = 0
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]
    const path = `inputs[${i}]`
    if (!isObject(input)) {
      add(path, 'input', { n: i, got: show(input) })
      continue
    }
    const { tick, command } = input
    if (!isTick(tick)) add(`${path}.tick`, 'tick', { n: i, got: show(tick), max: MAX_TICK })
    else if (tick < prev) add(`${path}.tick`, 'order', { n: i, tick, prev })
    else prev = tick
    if (!isObject(command)) add(`${path}.command`, 'command', { n: i, got: show(command) })
    else if (!isCommandType(command.type))
      add(`${path}.command.type`, 'unknownType', { n: i, got: show(command.type) })
    else if (
      CONFIG_OBJECT.has(command.type) &&
      (command.config !== undefined || CONFIG_REQUIRED.has(command.type)) &&
      !isObject(command.config)
    )
      add(`${path}.command.config`, 'commandConfig', {
        n: i,
        type: command.type,
        got: show(command.config),
      })
  }
}
