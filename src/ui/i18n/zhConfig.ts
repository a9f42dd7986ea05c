// 配置面板（broker、topic、生产者的设置及其说明）的中文文字（由 zh.ts 展开并入）。

import type { MessageKey } from './catalog'

export const zhConfig = {
  // Config
  'config.title': '配置',
  'config.lead':
    '使用 Kafka 自己的配置名。kafkascope 将大多数时间缩短为 1/10（少数缩短为 1/100 或 1/1000，每一行都有注明）、尺寸缩小，让课堂上能看到超时发生：可编辑的是模拟使用的值，旁边是 Kafka 3.9 的真实默认值。',
  'config.tab.topic': 'Topic',
  'config.tab.broker': 'Broker',
  'config.tab.producer': '生产者',
  'config.tab.consumer': '消费者组',
  'config.col.setting': '配置项',
  'config.col.value': '本模拟中的值',
  'config.col.default': 'Kafka 3.9 默认值',
  'config.col.scale': '缩放',
  'config.apply': '应用',
  'config.engineRefused': '集群拒绝：{message}',
  'config.invalid.empty': '请为 {name} 输入一个值',
  'config.invalid.whole': '{name} 必须是整数',
  'config.invalid.range': '{name} 必须介于 {min} 和 {max} 之间',
  'config.unlimited': '-1（不限制）',
  'config.topic': 'Topic',
  'config.topic.intro':
    '在 topic 上设置的值会覆盖 broker 的默认值（kafka-configs.sh --alter --entity-type topics）。',
  'config.override': '此 topic 单独设置',
  'config.inherited': '沿用 broker 默认值',
  'config.noTopics': '还没有 topic。',
  'config.broker.intro':
    '集群范围的 broker 配置（server.properties）。log.* 配置是未单独设置的 topic 的默认值。',
  'config.section.replication': '副本复制',
  'config.section.kraft': 'KRaft 控制器与 broker 存活检测',
  'config.section.log': '日志段与保留策略',
  'config.section.groups': '消费者组协调器',
  'config.truncation': 'leader 变更后 follower 的日志截断方式',
  'config.truncation.epoch':
    'Kafka 0.11 起（KIP-101）：follower 向新 leader 询问其 leader epoch 的结束位置，只截掉 leader 没有的部分，副本不会出现分歧。',
  'config.truncation.hw':
    'KIP-101 之前：follower 把日志截断到自己的高水位，可能丢弃已提交的记录，或使各副本数据不一致。',
  'config.producer.intro': '{id} 的配置（ProducerConfig）。',
  'config.group': '消费者组',
  'config.consumer.intro': '该组的所有消费者都使用这些配置（ConsumerConfig）。',
  'config.noGroups': '还没有消费者组：创建一个后即可编辑其消费者配置。',
  'config.scale.minInsyncReplicas': 'kafkascope 从 2 开始，让 acks=all 有实际意义',
  'config.scale.offsetsTopicReplicationFactor': '不超过 broker 数量',
  'config.desc.minInsyncReplicas':
    'acks=all 时，leader 接受写入所需的最小 ISR 大小（写入到达时检查）。确认仍要等当前整个 ISR 都拥有记录；ISR 小于它时写入失败，返回 NOT_ENOUGH_REPLICAS。',
  'config.desc.uncleanLeaderElectionEnable':
    '当没有存活的 ISR 副本时，允许不同步的副本成为 leader：以数据为代价换取可用性。已经离线的分区要等控制器下一次定期检查（这里每 30 秒，Kafka 中每 5 分钟）才会选出 leader。',
  'config.desc.replicaLagTimeMaxMs': 'follower 在这段时间内一直未追上，就会被移出 ISR。',
  'config.desc.replicaFetchWaitMaxMs': '没有新数据时，leader 最多挂起 follower 的 fetch 请求多久。',
  'config.desc.replicaFetchBackoffMs': 'follower 出错后再次 fetch 之前的等待时间。',
  'config.desc.replicaHighWatermarkCheckpointIntervalMs': '每个 broker 把高水位写入磁盘的间隔。',
  'config.desc.brokerSessionTimeoutMs':
    'broker 在这段时间内没有心跳，就会被控制器隔离（fence），并移出所有 ISR。',
  'config.desc.brokerHeartbeatIntervalMs': 'broker 向控制器发送心跳的间隔。',
  'config.desc.controllerQuorumElectionTimeoutMs': '多久之后选出新的活跃控制器。',
  'config.desc.segmentBytes': '日志段文件达到此大小时滚动生成新段。',
  'config.desc.segmentMs': '日志段经过这段时间后即使未满也会滚动。',
  'config.desc.retentionMs': '旧日志段在这段时间后被删除（-1：永久保留）。',
  'config.desc.retentionBytes': '分区超过此大小时删除旧日志段（-1：不限制）。',
  'config.desc.indexIntervalBytes': '稀疏位移索引中两个条目之间的字节数。',
  'config.desc.logRetentionCheckIntervalMs': 'broker 检查可删除日志段的间隔。',
  'config.desc.pageCacheFlushIntervalMs':
    '不是 Kafka 配置：操作系统把写入的数据留在内存中多久才刷到磁盘（断电时会丢失）。',
  'config.desc.offsetsTopicNumPartitions': '__consumer_offsets 的分区数，消费者组在其中提交位移。',
  'config.desc.offsetsTopicReplicationFactor': '__consumer_offsets 每个分区的副本数。',
  'config.desc.groupInitialRebalanceDelayMs': '新组第一次再均衡前等待更多成员加入的时间。',
  'config.desc.groupMinSessionTimeoutMs': '消费者可申请的最小 session.timeout.ms。',
  'config.desc.groupMaxSessionTimeoutMs': '消费者可申请的最大 session.timeout.ms。',
  'config.desc.acks':
    '生产者收到“完成”之前需要多少副本拥有记录：0 不等待，1 仅 leader，all 整个 ISR。',
  'config.desc.enableIdempotence':
    '序列号让 broker 丢弃已经收到过的重试批次：不会产生重复（需要 acks=all）。',
  'config.desc.maxInFlightRequestsPerConnection': '不等待响应即可发往同一 broker 的请求数。',
  'config.desc.batchSize': '发往同一分区的记录被打包成不超过此字节数的批次。',
  'config.desc.lingerMs': '发送批次前等待更多记录的时间。',
  'config.desc.deliveryTimeoutMs': '超过这段时间（含重试）后放弃记录并报告错误。',
  'config.desc.requestTimeoutMs': '等待 broker 响应多久后重试。',
  'config.desc.retryBackoffMs': '重试失败请求前的等待时间。',
  'config.desc.retryBackoffMaxMs': '两次重试之间的最长等待时间（等待时间翻倍增长，直到此值）。',
  'config.desc.retries': '失败批次的重试次数（通常 delivery.timeout.ms 会先到期）。',
  'config.desc.metadataMaxAgeMs': '至少每隔这段时间刷新一次分区 leader 信息。',
  'config.desc.partitioner':
    '没有 key 的记录：sticky 先填满一个分区的批次再换分区；round-robin 轮流发送。',
  'config.desc.sessionTimeoutMs': '消费者在这段时间内没有心跳就会被移出组，组随之再均衡。',
  'config.desc.heartbeatIntervalMs': '消费者向组协调器发送心跳的间隔。',
  'config.desc.maxPollIntervalMs': '消费者超过这段时间未调用 poll() 就会离开组。',
  'config.desc.autoCommitIntervalMs': '启用 enable.auto.commit 时提交位移的间隔。',
  'config.desc.maxPollRecords': '每次 poll() 最多返回的记录数。',
  'config.desc.fetchMaxWaitMs': '没有数据时 broker 最多挂起 fetch 请求多久。',
  'config.desc.maxPartitionFetchBytes': '一次 fetch 中每个分区最多返回的字节数。',
  'config.desc.defaultApiTimeoutMs': 'commitSync() 等阻塞调用的超时时间。',
  'config.desc.autoOffsetReset':
    '组没有已提交位移时从哪里开始：earliest（最早）、latest（最新）或报错（none）。',
} satisfies Partial<Record<MessageKey, string>>
