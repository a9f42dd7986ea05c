// The config panel's model: which control each setting gets, the inline validation of a typed
// value (the same bounds the engine checks: ConfigInfo.min/max, whole numbers), Kafka's names at
// broker level, and readable amounts ("30,000 ms (30 s)"). Pure: no React.

import type { ConfigInfo } from '../../../engine/config'

export type Control =
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'choice'; readonly choices: readonly string[] }

/** Settings whose values are words, by their key in the engine's config records. */
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  acks: ['0', '1', 'all'],
  partitioner: ['sticky', 'round-robin'],
  autoOffsetReset: ['earliest', 'latest', 'none'],
}

export function controlOf(key: string, info: ConfigInfo): Control {
  const choices = CHOICES[key]
  if (choices !== undefined) return { kind: 'choice', choices }
  if (typeof info.kafkaDefault === 'boolean') return { kind: 'boolean' }
  return { kind: 'number' }
}

/** A choice as the engine wants it: acks 0 and 1 are numbers. */
export function choiceValue(key: string, raw: string): string | number {
  return key === 'acks' && (raw === '0' || raw === '1') ? Number(raw) : raw
}

export type Invalid =
  | { readonly code: 'empty' }
  | { readonly code: 'whole' }
  | { readonly code: 'range'; readonly min: number; readonly max: number }

export type Parsed =
  | { readonly ok: true; readonly value: number }
  | ({ readonly ok: false } & Invalid)

/** Reads a typed number ("30 000", "30_000" and "30,000" are fine) and checks it against the info. */
export function parseNumber(raw: string, info: ConfigInfo): Parsed {
  const text = raw.trim().replace(/[\s_,]/g, '')
  if (text === '') return { ok: false, code: 'empty' }
  if (!/^-?\d+$/.test(text)) return { ok: false, code: 'whole' }
  const value = Number(text)
  const min = info.min ?? Number.MIN_SAFE_INTEGER
  const max = info.max ?? Number.MAX_SAFE_INTEGER
  if (!Number.isSafeInteger(value) || value < min || value > max)
    return { ok: false, code: 'range', min, max }
  return { ok: true, value }
}

/** Broker-level names of the topic-level settings (server.properties uses the log.* names). */
const BROKER_LEVEL: Readonly<Record<string, string>> = {
  segmentBytes: 'log.segment.bytes',
  segmentMs: 'log.roll.ms',
  retentionMs: 'log.retention.ms',
  retentionBytes: 'log.retention.bytes',
}

export function brokerLevelName(key: string, info: ConfigInfo): string {
  return BROKER_LEVEL[key] ?? info.kafkaName
}

const TIME: readonly [number, string][] = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1000, 's'],
]
const SIZE: readonly [number, string][] = [
  [1_073_741_824, 'GiB'],
  [1_048_576, 'MiB'],
  [1024, 'KiB'],
]

function round(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1).replace(/\.0$/, '')
}

/** "30,000 ms (30 s)", "1,073,741,824 B (1 GiB)", "5"; -1 is left to the caller ("unlimited"). */
export function formatAmount(v: number, unit: ConfigInfo['unit']): string {
  const n = v.toLocaleString('en-US')
  const table = unit === 'ms' ? TIME : unit === 'bytes' ? SIZE : null
  const suffix = unit === 'ms' ? ' ms' : unit === 'bytes' ? ' B' : ''
  if (table === null || v <= 0) return `${n}${suffix}`
  const hit = table.find(([size]) => v >= size)
  return hit === undefined ? `${n}${suffix}` : `${n}${suffix} (${round(v / hit[0])} ${hit[1]})`
}

/** "(3 s)", "(1 KiB)": the readable part of an amount, empty when the number says it all. */
export function readable(v: number, unit: ConfigInfo['unit']): string {
  const m = /\(([^)]+)\)$/.exec(formatAmount(v, unit))
  return m === null ? '' : `(${m[1]})`
}

/** The broker tab's sections, by the engine's keys. */
export const BROKER_SECTIONS: readonly { readonly id: string; readonly keys: readonly string[] }[] =
  [
    {
      id: 'replication',
      keys: [
        'minInsyncReplicas',
        'uncleanLeaderElectionEnable',
        'replicaLagTimeMaxMs',
        'replicaFetchWaitMaxMs',
        'replicaFetchBackoffMs',
        'replicaHighWatermarkCheckpointIntervalMs',
      ],
    },
    {
      id: 'kraft',
      keys: [
        'brokerSessionTimeoutMs',
        'brokerHeartbeatIntervalMs',
        'controllerQuorumElectionTimeoutMs',
      ],
    },
    {
      id: 'log',
      keys: [
        'segmentBytes',
        'segmentMs',
        'retentionMs',
        'retentionBytes',
        'indexIntervalBytes',
        'logRetentionCheckIntervalMs',
        'pageCacheFlushIntervalMs',
      ],
    },
    {
      id: 'groups',
      keys: [
        'offsetsTopicNumPartitions',
        'offsetsTopicReplicationFactor',
        'groupInitialRebalanceDelayMs',
        'groupMinSessionTimeoutMs',
        'groupMaxSessionTimeoutMs',
      ],
    },
  ]

/** The settings a topic can override (kafka-configs.sh --entity-type topics). */
export const TOPIC_KEYS = [
  'minInsyncReplicas',
  'uncleanLeaderElectionEnable',
  'segmentBytes',
  'segmentMs',
  'retentionMs',
  'retentionBytes',
] as const
