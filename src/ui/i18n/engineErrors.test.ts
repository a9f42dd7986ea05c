import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyCommand, createSim } from '../../engine'
import type { Command } from '../../engine/commands'
import { engineErrorText, ruleFor, setEngineErrorRulesZh } from './engineErrors'
import { ENGINE_ERRORS_ZH } from './engineErrorsZh'

setEngineErrorRulesZh(ENGINE_ERRORS_ZH)

const ENGINE = path.resolve(__dirname, '../../engine')

function sources(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...sources(p))
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(p)
  }
  return out
}

/**
 * Every refusal the engine's sources can word: the literal first argument of fail()/no(), a
 * `message:` literal, and the messages checkAssignment and reservedName return. Interpolations
 * become "7" (every rule's placeholders accept it). Protocol error codes (NOT_COORDINATOR, …) are
 * the coordinator's, not refusals of a user's command.
 */
function engineMessages(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = []
  const literal = String.raw`(['\`])((?:\\.|(?!\1)[^\\\n])*)\1`
  const patterns = [
    new RegExp(String.raw`\b(?:fail|no)\(\s*${literal}`, 'g'),
    new RegExp(String.raw`\bmessage:\s*${literal}`, 'g'),
    new RegExp(String.raw`\breturn\s+${literal}`, 'g'),
    new RegExp(String.raw`\?\s*${literal}`, 'g'),
  ]
  for (const file of sources(ENGINE)) {
    const src = readFileSync(file, 'utf8')
    for (const re of patterns) {
      for (const m of src.matchAll(re)) {
        const raw = m[2] ?? ''
        const text = raw.replace(/\$\{[^}]*\}/g, '7')
        if (/^[A-Z_]+$/.test(text) || !/ /.test(text)) continue
        if (re === patterns[2] || re === patterns[3]) {
          // Only the refusals that return or choose a message (not every returned string).
          if (!/(must|needs|names a broker|unknown|reserved)/.test(text)) continue
        }
        out.push({ file: path.relative(ENGINE, file), text })
      }
    }
  }
  return out
}

const cjk = /[\u4e00-\u9fff]/

describe('engine refusals in Chinese', () => {
  it('has a rule for every refusal the engine can word', () => {
    const messages = engineMessages()
    // The scan finds the refusals (a broken scan would pass vacuously).
    expect(messages.length).toBeGreaterThan(60)
    const missing = messages.filter((m) => ruleFor(m.text) === undefined)
    expect(missing).toEqual([])
    for (const m of messages) expect(engineErrorText(m.text, 'zh')).toMatch(cjk)
  })

  it('translates what the engine really answers to bad form input, and leaves English alone', () => {
    const sim = createSim(1, {})
    const ctx = { sim, events: [] }
    const bad: Command[] = [
      { type: 'createTopic', name: 'orders', partitions: 3, replicationFactor: 3 },
      { type: 'createTopic', name: 'bad name!', partitions: 3, replicationFactor: 3 },
      { type: 'createTopic', name: 'fresh', partitions: 0, replicationFactor: 3 },
      { type: 'createTopic', name: 'fresh', partitions: 3, replicationFactor: 9 },
      { type: 'produce', topic: 'orders', key: null, value: 'v', partition: -1 },
      { type: 'addPartitions', topic: 'orders', totalPartitions: 2 },
      { type: 'createGroup', group: '', topics: ['orders'], consumers: 1 },
      { type: 'createGroup', group: 'g', topics: ['orders'], consumers: 99 },
      { type: 'createGroup', group: 'g', topics: ['orders'], consumers: 1, processingMs: -3 },
    ] as Command[]
    for (const cmd of bad) {
      const r = applyCommand(ctx, cmd)
      expect(r.ok).toBe(false)
      if (r.ok) continue
      const zh = engineErrorText(r.error.message, 'zh')
      expect(zh, r.error.message).toMatch(cjk)
      expect(engineErrorText(r.error.message, 'en')).toBe(r.error.message)
    }
  })

  it('keeps the names and numbers of the message', () => {
    expect(engineErrorText('partition must be between 0 and 2', 'zh')).toBe(
      '分区必须在 0 到 2 之间',
    )
    expect(engineErrorText('topic orders already exists', 'zh')).toBe('topic orders 已经存在')
    expect(engineErrorText('min.insync.replicas must be between 1 and 12, got 40', 'zh')).toBe(
      'min.insync.replicas 必须在 1 到 12 之间（收到 40）',
    )
  })

  it('translates a configuration refused field by field, as the import dialog shows it', () => {
    let message = ''
    try {
      createSim(1, { broker: { minInsyncReplicas: 'two' as unknown as number } })
    } catch (err) {
      message = (err as Error).message
    }
    expect(message).toBe('broker.minInsyncReplicas: min.insync.replicas must be a whole number')
    expect(engineErrorText(message, 'zh')).toBe(
      'broker.minInsyncReplicas：min.insync.replicas 必须是整数',
    )
    expect(engineErrorText(`${message}; ${message}`, 'zh')).toBe(
      'broker.minInsyncReplicas：min.insync.replicas 必须是整数；broker.minInsyncReplicas：min.insync.replicas 必须是整数',
    )
    expect(engineErrorText(message, 'en')).toBe(message)
  })

  it('shows a message no rule knows as it is', () => {
    expect(engineErrorText('something new went wrong', 'zh')).toBe('something new went wrong')
  })
})
