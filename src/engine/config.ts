// The cluster's configuration, by Kafka's names (camelCased), with Kafka 3.9's real defaults and
// the scaled values the simulation runs with. Kafka's timeouts are minutes and seconds and its
// segments a gigabyte: nobody could watch that. Times are divided by TIME_SCALE (10) unless a row
// says otherwise and sizes are shrunk so a segment rolls within a lesson; the order of every pair
// that matters (heartbeat < session timeout, fetch wait < replica lag time) is kept.

export type Acks = 0 | 1 | 'all'
export type TruncationMode = 'leader-epoch' | 'high-watermark'
export type UnkeyedPartitioner = 'sticky' | 'round-robin'

/** Broker-wide settings; the topic-level ones can be overridden per topic. */
export interface BrokerConfig {
  readonly minInsyncReplicas: number
  readonly uncleanLeaderElectionEnable: boolean
  readonly replicaLagTimeMaxMs: number
  readonly replicaFetchWaitMaxMs: number
  readonly replicaFetchBackoffMs: number
  readonly replicaHighWatermarkCheckpointIntervalMs: number
  readonly brokerSessionTimeoutMs: number
  readonly brokerHeartbeatIntervalMs: number
  readonly controllerQuorumElectionTimeoutMs: number
  readonly segmentBytes: number
  readonly segmentMs: number
  readonly retentionMs: number
  readonly retentionBytes: number
  readonly indexIntervalBytes: number
  readonly logRetentionCheckIntervalMs: number
  /** Not a Kafka setting: how often the OS writes dirty page-cache pages to disk (Linux dirty_expire). */
  readonly pageCacheFlushIntervalMs: number
  readonly offsetsTopicNumPartitions: number
  readonly offsetsTopicReplicationFactor: number
  readonly groupInitialRebalanceDelayMs: number
  readonly groupMinSessionTimeoutMs: number
  readonly groupMaxSessionTimeoutMs: number
}

export type TopicLevelConfig = Pick<
  BrokerConfig,
  | 'minInsyncReplicas'
  | 'uncleanLeaderElectionEnable'
  | 'segmentBytes'
  | 'segmentMs'
  | 'retentionMs'
  | 'retentionBytes'
>

export interface ProducerConfig {
  readonly acks: Acks
  readonly enableIdempotence: boolean
  readonly maxInFlightRequestsPerConnection: number
  readonly batchSize: number
  readonly lingerMs: number
  readonly deliveryTimeoutMs: number
  readonly requestTimeoutMs: number
  readonly retryBackoffMs: number
  readonly retryBackoffMaxMs: number
  readonly retries: number
  readonly metadataMaxAgeMs: number
  /** How records without a key are spread: KIP-794 sticky (3.3+) or the classic round robin. */
  readonly partitioner: UnkeyedPartitioner
}

export interface TopicSpec {
  readonly name: string
  readonly partitions: number
  readonly replicationFactor: number
  readonly config?: Partial<TopicLevelConfig>
  /** Manual placement: replicas per partition, first = preferred leader. */
  readonly assignment?: readonly (readonly number[])[]
}

export interface NetworkConfig {
  readonly latencyMs: number
  readonly jitterMs: number
}

export interface ClusterConfig {
  readonly brokers: number
  readonly topics: readonly TopicSpec[]
  readonly broker: BrokerConfig
  readonly producer: ProducerConfig
  readonly truncation: TruncationMode
  readonly network: NetworkConfig
}

export const TIME_SCALE = 10

/** One row of the config model: Kafka's name, Kafka's default, and the value the simulation uses. */
export interface ConfigInfo {
  readonly kafkaName: string
  readonly kafkaDefault: number | string | boolean
  readonly min?: number
  readonly max?: number
  readonly unit?: 'ms' | 'bytes' | 'count'
  readonly scale?: string
}

export const DEFAULT_BROKER_CONFIG: BrokerConfig = {
  minInsyncReplicas: 2,
  uncleanLeaderElectionEnable: false,
  replicaLagTimeMaxMs: 3000,
  replicaFetchWaitMaxMs: 50,
  replicaFetchBackoffMs: 100,
  replicaHighWatermarkCheckpointIntervalMs: 500,
  brokerSessionTimeoutMs: 900,
  brokerHeartbeatIntervalMs: 200,
  controllerQuorumElectionTimeoutMs: 100,
  segmentBytes: 1024,
  segmentMs: 604_800,
  retentionMs: 604_800,
  retentionBytes: -1,
  indexIntervalBytes: 128,
  logRetentionCheckIntervalMs: 3000,
  pageCacheFlushIntervalMs: 3000,
  offsetsTopicNumPartitions: 5,
  offsetsTopicReplicationFactor: 3,
  groupInitialRebalanceDelayMs: 300,
  groupMinSessionTimeoutMs: 600,
  groupMaxSessionTimeoutMs: 180_000,
}

export const BROKER_CONFIG_INFO: Record<keyof BrokerConfig, ConfigInfo> = {
  minInsyncReplicas: {
    kafkaName: 'min.insync.replicas',
    kafkaDefault: 1,
    min: 1,
    max: 12,
    unit: 'count',
    scale: 'kafkascope starts topics at 2 so acks=all means something',
  },
  uncleanLeaderElectionEnable: { kafkaName: 'unclean.leader.election.enable', kafkaDefault: false },
  replicaLagTimeMaxMs: {
    kafkaName: 'replica.lag.time.max.ms',
    kafkaDefault: 30000,
    min: 1,
    max: 600_000,
    unit: 'ms',
    scale: '÷10',
  },
  replicaFetchWaitMaxMs: {
    kafkaName: 'replica.fetch.wait.max.ms',
    kafkaDefault: 500,
    min: 0,
    max: 60_000,
    unit: 'ms',
    scale: '÷10',
  },
  replicaFetchBackoffMs: {
    kafkaName: 'replica.fetch.backoff.ms',
    kafkaDefault: 1000,
    min: 0,
    max: 60_000,
    unit: 'ms',
    scale: '÷10',
  },
  replicaHighWatermarkCheckpointIntervalMs: {
    kafkaName: 'replica.high.watermark.checkpoint.interval.ms',
    kafkaDefault: 5000,
    min: 1,
    max: 600_000,
    unit: 'ms',
    scale: '÷10',
  },
  brokerSessionTimeoutMs: {
    kafkaName: 'broker.session.timeout.ms',
    kafkaDefault: 9000,
    min: 1,
    max: 600_000,
    unit: 'ms',
    scale: '÷10',
  },
  brokerHeartbeatIntervalMs: {
    kafkaName: 'broker.heartbeat.interval.ms',
    kafkaDefault: 2000,
    min: 1,
    max: 600_000,
    unit: 'ms',
    scale: '÷10',
  },
  controllerQuorumElectionTimeoutMs: {
    kafkaName: 'controller.quorum.election.timeout.ms',
    kafkaDefault: 1000,
    min: 1,
    max: 600_000,
    unit: 'ms',
    scale: '÷10',
  },
  segmentBytes: {
    kafkaName: 'segment.bytes',
    kafkaDefault: 1_073_741_824,
    min: 64,
    max: 1_073_741_824,
    unit: 'bytes',
    scale: '÷2²⁰ (1 GiB → 1 KiB)',
  },
  segmentMs: {
    kafkaName: 'segment.ms',
    kafkaDefault: 604_800_000,
    min: 1,
    max: 604_800_000,
    unit: 'ms',
    scale: '÷1000',
  },
  retentionMs: {
    kafkaName: 'retention.ms',
    kafkaDefault: 604_800_000,
    min: -1,
    max: 604_800_000,
    unit: 'ms',
    scale: '÷1000',
  },
  retentionBytes: {
    kafkaName: 'retention.bytes',
    kafkaDefault: -1,
    min: -1,
    max: 1_073_741_824,
    unit: 'bytes',
  },
  indexIntervalBytes: {
    kafkaName: 'index.interval.bytes',
    kafkaDefault: 4096,
    min: 1,
    max: 1_048_576,
    unit: 'bytes',
    scale: '÷32',
  },
  logRetentionCheckIntervalMs: {
    kafkaName: 'log.retention.check.interval.ms',
    kafkaDefault: 300_000,
    min: 1,
    max: 3_600_000,
    unit: 'ms',
    scale: '÷100',
  },
  pageCacheFlushIntervalMs: {
    kafkaName: '(OS) vm.dirty_expire_centisecs',
    kafkaDefault: 30000,
    min: 1,
    max: 600_000,
    unit: 'ms',
    scale: '÷10',
  },
  offsetsTopicNumPartitions: {
    kafkaName: 'offsets.topic.num.partitions',
    kafkaDefault: 50,
    min: 1,
    max: 50,
    unit: 'count',
    scale: '50 → 5',
  },
  offsetsTopicReplicationFactor: {
    kafkaName: 'offsets.topic.replication.factor',
    kafkaDefault: 3,
    min: 1,
    max: 12,
    unit: 'count',
    scale: 'capped by the broker count',
  },
  groupInitialRebalanceDelayMs: {
    kafkaName: 'group.initial.rebalance.delay.ms',
    kafkaDefault: 3000,
    min: 0,
    max: 600_000,
    unit: 'ms',
    scale: '÷10',
  },
  groupMinSessionTimeoutMs: {
    kafkaName: 'group.min.session.timeout.ms',
    kafkaDefault: 6000,
    min: 1,
    max: 600_000,
    unit: 'ms',
    scale: '÷10',
  },
  groupMaxSessionTimeoutMs: {
    kafkaName: 'group.max.session.timeout.ms',
    kafkaDefault: 1_800_000,
    min: 1,
    max: 3_600_000,
    unit: 'ms',
    scale: '÷10',
  },
}

export const DEFAULT_PRODUCER_CONFIG: ProducerConfig = {
  acks: 'all',
  enableIdempotence: true,
  maxInFlightRequestsPerConnection: 5,
  batchSize: 16384,
  lingerMs: 0,
  deliveryTimeoutMs: 12_000,
  requestTimeoutMs: 3000,
  retryBackoffMs: 10,
  retryBackoffMaxMs: 100,
  retries: 2_147_483_647,
  metadataMaxAgeMs: 3000,
  partitioner: 'sticky',
}

export const PRODUCER_CONFIG_INFO: Record<keyof ProducerConfig, ConfigInfo> = {
  acks: { kafkaName: 'acks', kafkaDefault: 'all' },
  enableIdempotence: { kafkaName: 'enable.idempotence', kafkaDefault: true },
  maxInFlightRequestsPerConnection: {
    kafkaName: 'max.in.flight.requests.per.connection',
    kafkaDefault: 5,
    min: 1,
    max: 100,
    unit: 'count',
  },
  batchSize: {
    kafkaName: 'batch.size',
    kafkaDefault: 16384,
    min: 1,
    max: 1_048_576,
    unit: 'bytes',
  },
  lingerMs: { kafkaName: 'linger.ms', kafkaDefault: 0, min: 0, max: 60_000, unit: 'ms' },
  deliveryTimeoutMs: {
    kafkaName: 'delivery.timeout.ms',
    kafkaDefault: 120_000,
    min: 1,
    max: 3_600_000,
    unit: 'ms',
    scale: '÷10',
  },
  requestTimeoutMs: {
    kafkaName: 'request.timeout.ms',
    kafkaDefault: 30_000,
    min: 1,
    max: 600_000,
    unit: 'ms',
    scale: '÷10',
  },
  retryBackoffMs: {
    kafkaName: 'retry.backoff.ms',
    kafkaDefault: 100,
    min: 0,
    max: 60_000,
    unit: 'ms',
    scale: '÷10',
  },
  retryBackoffMaxMs: {
    kafkaName: 'retry.backoff.max.ms',
    kafkaDefault: 1000,
    min: 0,
    max: 60_000,
    unit: 'ms',
    scale: '÷10',
  },
  retries: {
    kafkaName: 'retries',
    kafkaDefault: 2_147_483_647,
    min: 0,
    max: 2_147_483_647,
    unit: 'count',
  },
  metadataMaxAgeMs: {
    kafkaName: 'metadata.max.age.ms',
    kafkaDefault: 300_000,
    min: 1,
    max: 3_600_000,
    unit: 'ms',
    scale: '÷100',
  },
  partitioner: { kafkaName: 'partitioner (no key)', kafkaDefault: 'sticky' },
}

export const DEFAULT_NETWORK: NetworkConfig = { latencyMs: 8, jitterMs: 4 }

export const DEFAULT_CONFIG: ClusterConfig = {
  brokers: 3,
  topics: [{ name: 'orders', partitions: 3, replicationFactor: 3 }],
  broker: DEFAULT_BROKER_CONFIG,
  producer: DEFAULT_PRODUCER_CONFIG,
  truncation: 'leader-epoch',
  network: DEFAULT_NETWORK,
}

/** A config given in part (from a scenario, a URL or a test) completed with the defaults. */
export interface PartialClusterConfig {
  readonly brokers?: number
  readonly topics?: readonly TopicSpec[]
  readonly broker?: Partial<BrokerConfig>
  readonly producer?: Partial<ProducerConfig>
  readonly truncation?: TruncationMode
  readonly network?: Partial<NetworkConfig>
}

export function completeConfig(p: PartialClusterConfig = {}): ClusterConfig {
  return {
    brokers: p.brokers ?? DEFAULT_CONFIG.brokers,
    topics: p.topics ?? DEFAULT_CONFIG.topics,
    broker: { ...DEFAULT_BROKER_CONFIG, ...p.broker },
    producer: { ...DEFAULT_PRODUCER_CONFIG, ...p.producer },
    truncation: p.truncation ?? DEFAULT_CONFIG.truncation,
    network: { ...DEFAULT_NETWORK, ...p.network },
  }
}

/** Topic-level value: the topic's override, else the broker default. */
export function topicConfig(
  broker: BrokerConfig,
  overrides?: Partial<TopicLevelConfig>,
): TopicLevelConfig {
  return {
    minInsyncReplicas: overrides?.minInsyncReplicas ?? broker.minInsyncReplicas,
    uncleanLeaderElectionEnable:
      overrides?.uncleanLeaderElectionEnable ?? broker.uncleanLeaderElectionEnable,
    segmentBytes: overrides?.segmentBytes ?? broker.segmentBytes,
    segmentMs: overrides?.segmentMs ?? broker.segmentMs,
    retentionMs: overrides?.retentionMs ?? broker.retentionMs,
    retentionBytes: overrides?.retentionBytes ?? broker.retentionBytes,
  }
}

/**
 * Idempotence is silently off when acks is not all (ProducerConfig.postProcessAndValidateIdempotenceConfigs
 * for an implicit default); kafkascope treats the user's switch the same way and says so in the UI.
 */
export function effectiveIdempotence(p: ProducerConfig): boolean {
  return (
    p.enableIdempotence &&
    p.acks === 'all' &&
    p.maxInFlightRequestsPerConnection <= 5 &&
    p.retries > 0
  )
}
