// What Kafka 3.9's `kafka-topics.sh --bootstrap-server … --describe` prints for the user topics of
// a view, tab-separated exactly as TopicCommand prints it: one summary line per topic, then one
// line per partition. Configs lists min.insync.replicas (kafkascope sets it on every topic) and
// then the topic's other overrides by their Kafka names.

import { BROKER_CONFIG_INFO, type TopicLevelConfig } from '../../engine/config'
import type { PartitionView, SimView, TopicView } from '../../engine/view'

function configs(t: TopicView): string {
  const parts = [`min.insync.replicas=${t.config.minInsyncReplicas}`]
  for (const key of t.overrides) {
    if (key === 'minInsyncReplicas') continue
    const info = BROKER_CONFIG_INFO[key as keyof TopicLevelConfig]
    const value = t.config[key as keyof TopicLevelConfig]
    if (info === undefined || value === undefined) continue
    parts.push(`${info.kafkaName}=${String(value)}`)
  }
  return parts.join(',')
}

function partitionLine(p: PartitionView): string {
  const leader = p.leader === null || p.offline ? 'none' : String(p.leader)
  return [
    '',
    `Topic: ${p.topic}`,
    `Partition: ${p.partition}`,
    `Leader: ${leader}`,
    `Replicas: ${p.replicas.join(',')}`,
    `Isr: ${p.isr.join(',')}`,
    'Elr: N/A',
    'LastKnownElr: N/A',
  ].join('\t')
}

/** The describe output for every non-internal topic, topics sorted by name as Kafka does. */
export function describeTopics(view: Pick<SimView, 'topics' | 'partitions'>): string {
  const byTopic = new Map<string, PartitionView[]>()
  for (const p of Object.values(view.partitions)) {
    const list = byTopic.get(p.topic) ?? []
    list.push(p)
    byTopic.set(p.topic, list)
  }
  const lines: string[] = []
  const topics = Object.values(view.topics)
    .filter((t) => !t.internal)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const t of topics) {
    lines.push(
      [
        `Topic: ${t.name}`,
        `TopicId: ${t.topicId}`,
        `PartitionCount: ${t.partitions}`,
        `ReplicationFactor: ${t.replicationFactor}`,
        `Configs: ${configs(t)}`,
      ].join('\t'),
    )
    const parts = (byTopic.get(t.name) ?? []).sort((a, b) => a.partition - b.partition)
    for (const p of parts) lines.push(partitionLine(p))
  }
  return lines.join('\n')
}
