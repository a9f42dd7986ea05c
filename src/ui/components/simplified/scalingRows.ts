// The scaling table of the "What is simplified" dialog, built from the engine's config model
// (*_CONFIG_INFO: Kafka's name and default; DEFAULT_*: the value kafkascope runs with), so it
// cannot drift from what the simulation does. Pure: no React.

import {
  BROKER_CONFIG_INFO,
  type ConfigInfo,
  DEFAULT_BROKER_CONFIG,
  DEFAULT_NETWORK,
  DEFAULT_PRODUCER_CONFIG,
  PRODUCER_CONFIG_INFO,
} from '../../../engine/config'
import { CONSUMER_CONFIG_INFO, DEFAULT_CONSUMER_CONFIG } from '../../../engine/groups/config'
import { type Lang, translate } from '../../i18n/catalog'
import { isMessageKey } from '../../i18n/isMessageKey'
import { formatAmount } from '../../panels/Config/configFields'
import { SCALING_TEXT } from './simplifications'

export type ScalingScope = 'broker' | 'producer' | 'consumer' | 'network'

export interface ScalingRow {
  readonly key: string
  readonly scope: ScalingScope
  readonly kafkaName: string
  readonly kafkaDefault: string
  readonly value: string
  readonly scale: string
}

function amount(v: unknown, info: ConfigInfo, lang: Lang): string {
  if (typeof v !== 'number') return String(v)
  if (v === -1) return translate(lang, 'config.unlimited')
  return formatAmount(v, info.unit)
}

function rowsOf<C extends object>(
  scope: ScalingScope,
  infos: Readonly<Record<keyof C, ConfigInfo>>,
  values: C,
  lang: Lang,
): ScalingRow[] {
  const out: ScalingRow[] = []
  for (const key of Object.keys(infos) as (keyof C & string)[]) {
    const info = infos[key]
    const value = values[key]
    if (info.scale === undefined && value === info.kafkaDefault) continue
    const scaleKey = `config.scale.${key}`
    const scale = isMessageKey(scaleKey) ? translate(lang, scaleKey) : (info.scale ?? '—')
    out.push({
      key: `${scope}.${key}`,
      scope,
      kafkaName: info.kafkaName,
      kafkaDefault: amount(info.kafkaDefault, info, lang),
      value: amount(value, info, lang),
      scale,
    })
  }
  return out
}

/** Every setting kafkascope runs with a value other than Kafka's default, and how it is scaled. */
export function scalingRows(lang: Lang): ScalingRow[] {
  const { latencyMs, jitterMs } = DEFAULT_NETWORK
  return [
    ...rowsOf('broker', BROKER_CONFIG_INFO, DEFAULT_BROKER_CONFIG, lang),
    ...rowsOf('producer', PRODUCER_CONFIG_INFO, DEFAULT_PRODUCER_CONFIG, lang),
    ...rowsOf('consumer', CONSUMER_CONFIG_INFO, DEFAULT_CONSUMER_CONFIG, lang),
    {
      key: 'network.latency',
      scope: 'network',
      kafkaName: SCALING_TEXT.latency[lang],
      kafkaDefault: SCALING_TEXT.latencyKafka[lang],
      value: `${latencyMs}–${latencyMs + jitterMs} ms`,
      scale: SCALING_TEXT.latencyScale[lang],
    },
  ]
}
