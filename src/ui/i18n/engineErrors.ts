// The engine refuses bad commands with English messages (src/engine/validate*.ts, groups/commands.ts,
// groups/config.ts, groups/resetOffsets.ts): the engine stays free of the UI's catalogs. This reads
// such a message back and says it in the page's language. Each rule matches one message shape of the
// engine; a message no rule knows is shown as it is (engineErrors.test.ts checks that every message
// the engine's sources can produce has a rule). The Chinese rules (engineErrorsZh.ts) come with the
// Chinese catalog (catalog.ts).

import type { Lang } from './catalog'

export type EngineErrorRule = readonly [RegExp, (m: RegExpMatchArray) => string]

let zhRules: readonly EngineErrorRule[] = []

/** Called by catalog.ts once the Chinese rules are here. */
export function setEngineErrorRulesZh(rules: readonly EngineErrorRule[]): void {
  zhRules = rules
}

const g = (m: RegExpMatchArray, i: number): string => m[i] ?? ''

/** A replayed input the engine refused (replayChecked.ts: describeFailure), its reason translated. */
const FAILED_INPUT = /^input #(\d+) at tick (\d+) \((.*)\) failed: (.*)$/

/** One refusal of a cluster configuration (validate.ts: ConfigError joins them with "; "). */
const CONFIG_PART = /^([A-Za-z][\w.]*): (.+)$/

/** The rule that reads `message`, or undefined. Exported for the test. */
export function ruleFor(message: string): EngineErrorRule | undefined {
  return zhRules.find(([re]) => re.test(message))
}

/** An engine refusal in the page's language (as it is when no rule knows it). */
export function engineErrorText(message: string, lang: Lang): string {
  if (lang !== 'zh') return message
  const f = message.match(FAILED_INPUT)
  if (f !== null)
    return `第 ${g(f, 1)} 条输入（${g(f, 2)} ms，${g(f, 3)}）失败：${engineErrorText(g(f, 4), lang)}`
  for (const [re, say] of zhRules) {
    const m = message.match(re)
    if (m !== null) return say(m)
  }
  // A configuration refused field by field: "broker.minInsyncReplicas: … must be …; topics.0…".
  const parts = message.split('; ')
  if (parts.every((p) => CONFIG_PART.test(p)))
    return parts
      .map((p) => {
        const m = p.match(CONFIG_PART) as RegExpMatchArray
        return `${g(m, 1)}：${engineErrorText(g(m, 2), lang)}`
      })
      .join('；')
  return message
}
