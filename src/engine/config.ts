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

export {
  BROKER_CONFIG_INFO,
  type ConfigInfo,
  PRODUCER_CONFIG_INFO,
} from './configInfo'

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
