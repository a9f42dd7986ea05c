import { describe, expect, it } from 'vitest'
import { MAX_INPUTS, MAX_TICK, parseRunText, validateRun } from './validateRun'

const ok = {
  seed: 42,
  config: {},
  inputs: [
    { tick: 0, command: { type: 'createTopic', name: 'p', partitions: 1, replicationFactor: 1 } },
    { tick: 0, command: { type: 'produce', topic: 'p', value: 'v' } },
    { tick: 250, command: { type: 'killBroker', broker: 1 } },
  ],
}

const issues = (v: unknown) => {
  const r = validateRun(v)
  return r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)
}

describe('validateRun', () => {
  it('accepts a run and the engine’s run files (extra fields ignored)', () => {
    const r = validateRun({ ...ok, until: 900, safe: true, property: 'x', problems: [] })
    expect(r).toMatchObject({ ok: true, run: { seed: 42, until: 900, scenario: null } })
    expect(r.ok && r.run.inputs).toEqual(ok.inputs)
  })

  it('names every problem by where it is', () => {
    expect(
      issues({
        seed: 1.5,
        config: null,
        inputs: [
          5,
          { tick: -1, command: { type: 'nope' } },
          { tick: 10, command: { type: 'killBroker', broker: 1 } },
          { tick: 5, command: [] },
          { tick: 1e12, command: { type: 'setBrokerConfig' } },
          { tick: 20, command: { type: 'createTopic', config: 'x' } },
          { tick: 20, command: { type: 'constructor' } },
        ],
        until: 'soon',
        scenario: 3,
      }),
    ).toEqual([
      'seed:seed',
      'config:config',
      'inputs[0]:input',
      'inputs[1].tick:tick',
      'inputs[1].command.type:unknownType',
      'inputs[3].tick:order',
      'inputs[3].command:command',
      'inputs[4].tick:tick',
      'inputs[4].command.config:commandConfig',
      'inputs[5].command.config:commandConfig',
      'inputs[6].command.type:unknownType',
      'until:until',
      'scenario:scenario',
    ])
  })

  it('refuses what is not a run at all, and huge ones', () => {
    for (const v of [null, [], 'run', 7, undefined]) expect(issues(v)).toEqual([':root'])
    expect(issues({ seed: 1, config: {}, inputs: {} })).toEqual(['inputs:inputs'])
    const many = Array.from({ length: MAX_INPUTS + 1 }, () => ok.inputs[2])
    expect(issues({ seed: 1, config: {}, inputs: many })).toEqual(['inputs:tooMany'])
    expect(issues({ ...ok, seed: 2 ** 40 })).toEqual(['seed:seed'])
    expect(issues({ ...ok, tick: MAX_TICK + 1 })).toEqual(['tick:until'])
  })
})

describe('parseRunText', () => {
  it('reports JSON errors with a line and column', () => {
    const r = parseRunText('{\n  "seed": 1,\n  "config": {,\n}')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'json', params: { line: 3 } })
    const end = parseRunText('{"seed": 1, "inputs": [')
    expect(!end.ok && end.issues[0]?.params).toMatchObject({ line: 1, column: 24 })
    expect(parseRunText('   ')).toMatchObject({ ok: false, issues: [{ code: 'root' }] })
    expect(parseRunText('x'.repeat(10_000_001))).toMatchObject({
      ok: false,
      issues: [{ code: 'tooBig' }],
    })
  })

  it('keeps hostile strings as data', () => {
    const payload = '<script>alert(1)</script>"><img src=x onerror=alert(1)>{{7*7}}'
    const r = parseRunText(
      JSON.stringify({
        ...ok,
        inputs: [{ tick: 1, command: { type: 'produce', topic: 'orders', value: payload } }],
      }),
    )
    expect(r.ok && r.run.inputs[0]?.command).toMatchObject({ value: payload })
    const bad = parseRunText(
      JSON.stringify({ ...ok, inputs: [{ tick: 1, command: { type: payload } }] }),
    )
    expect(!bad.ok && String(bad.issues[0]?.params.got)).toMatch(
      /^"<script>alert\(1\)<\/script>.*…$/,
    )
  })
})
