// The plain-words caption under the Partition panel: what the leader has committed, and for each
// follower how far behind it is and why it is (or is not) in the ISR. Pure: sentences are catalog
// keys with parameters, joined per language.

import { type Lang, type MessageKey, type Params, translate } from '../../i18n/catalog'

export interface CaptionReplica {
  readonly broker: number
  readonly leo: number
  readonly hw: number
  readonly inSync: boolean
  readonly offline: boolean
  /** Reconciling with OffsetsForLeaderEpoch before fetching. */
  readonly truncating: boolean
}

export interface CaptionTruncation {
  readonly broker: number
  /** The LEO before (the engine's `from`) and after (`to`): offsets [to, from) were removed. */
  readonly from: number
  readonly to: number
  readonly mode: 'high-watermark' | 'leader-epoch'
}

export interface CaptionInput {
  readonly partition: string
  readonly leader: number | null
  readonly leaderEpoch: number
  /** Every replica, the leader included (in any order). */
  readonly replicas: readonly CaptionReplica[]
  /** replica.lag.time.max.ms as configured in the simulation. */
  readonly lagMs: number
  readonly truncation?: CaptionTruncation | null
}

export interface Sentence {
  readonly key: MessageKey
  readonly params: Params
}

const s = (key: MessageKey, params: Params = {}): Sentence => ({ key, params })
const count = (n: number, one: MessageKey, many: MessageKey) => (n === 1 ? one : many)
const range = (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`)

function followerSentence(
  r: CaptionReplica,
  leader: CaptionReplica,
  lagMs: number,
): Sentence | null {
  const broker = r.broker
  if (r.offline) return s('pv.cap.offline', { broker })
  if (r.truncating) return s('pv.cap.truncating', { broker })
  const behind = leader.leo - r.leo
  if (behind < 0) return s('pv.cap.ahead', { broker, n: -behind })
  if (!r.inSync) {
    if (behind === 0) return s('pv.cap.rejoining', { broker, leo: r.leo })
    return s(count(behind, 'pv.cap.behindOsr1', 'pv.cap.behindOsr'), { broker, n: behind, lagMs })
  }
  if (behind > 0)
    return s(count(behind, 'pv.cap.behindIsr1', 'pv.cap.behindIsr'), { broker, n: behind, lagMs })
  if (r.hw < leader.hw)
    return s('pv.cap.caughtUpHwLags', { broker, leo: r.leo, hw: r.hw, leaderHw: leader.hw })
  return s('pv.cap.caughtUp', { broker, leo: r.leo })
}

/** The caption as sentences: leader first, then each follower, then a recent truncation. */
export function captionSentences(input: CaptionInput): Sentence[] {
  const out: Sentence[] = []
  const leader = input.replicas.find((r) => r.broker === input.leader)
  if (input.leader === null || leader === undefined || leader.offline) {
    out.push(s('pv.cap.noLeader', { partition: input.partition }))
  } else {
    const base = { broker: leader.broker, epoch: input.leaderEpoch, leo: leader.leo, hw: leader.hw }
    out.push(s(leader.hw === 0 ? 'pv.cap.leaderEmpty' : 'pv.cap.leader', base))
    const pending = leader.leo - leader.hw
    if (pending > 0)
      out.push(s(count(pending, 'pv.cap.pending1', 'pv.cap.pending'), { n: pending }))
    for (const r of input.replicas) {
      if (r.broker === leader.broker) continue
      const f = followerSentence(r, leader, input.lagMs)
      if (f !== null) out.push(f)
    }
  }
  const tr = input.truncation
  if (tr !== null && tr !== undefined && tr.from > tr.to) {
    const key = tr.mode === 'leader-epoch' ? 'pv.cap.truncEpoch' : 'pv.cap.truncHw'
    out.push(s(key, { broker: tr.broker, range: range(tr.to, tr.from - 1) }))
  }
  return out
}

/** The caption in one language, as one paragraph. */
export function caption(lang: Lang, input: CaptionInput): string {
  const sep = lang === 'zh' ? '' : ' '
  return captionSentences(input)
    .map((x) => translate(lang, x.key, x.params))
    .join(sep)
}
