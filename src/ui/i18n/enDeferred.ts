// English UI strings of the panels and dialogs that load after the first paint (layout/PanelSlot,
// layout/deferredDialog, the import dialog): fetched with their code, so the first load carries only
// en.ts. firstScreen.test.ts checks that no module of the first load uses a key from here.

import { enDeferredGroups } from './enDeferredGroups'

export const enDeferred = {
  ...enDeferredGroups,
  'transport.step100': 'Step 100 ms',
  'transport.back100': 'Back 100 ms',

  'partitions.title': 'Partitions',
  'partitions.hint': 'Click a row to focus on a partition.',
  'partitions.col.partition': 'Partition',
  'partitions.col.leader': 'Leader',
  'partitions.col.epoch': 'Epoch',
  'partitions.col.replicas': 'Replicas',
  'partitions.col.isr': 'ISR',
  'partitions.col.hw': 'HW',
  'partitions.col.leo': 'LEO',
  'partitions.col.state': 'State',
  'partitions.glossary':
    'ISR: in-sync replicas, the ones caught up with the leader. HW (high watermark): offsets below it are committed and visible to consumers. LEO (log end offset): the next offset to be written.',
  'partitions.fetchIsAck':
    'A follower acknowledges by fetching: the offset it asks for next tells the leader what it already has (there is no separate ACK).',
  'partitions.lagNote':
    'A follower that has not caught up for replica.lag.time.max.ms leaves the ISR: {sim} ms here (Kafka’s default is {kafka} ms since 2.5; kafkascope runs timeouts ÷10).',
  'partitions.none': 'none',
  'partitions.online': 'online',
  'partitions.offline': 'OFFLINE: no ISR replica is alive',
  'partitions.underMinIsr': 'ISR < min.insync.replicas ({min}): acks=all is refused',
  'partitions.underReplicated': 'under-replicated',

  'produce.partitionHint': 'empty: chosen from the key',

  // Config
  'config.title': 'Settings',
  'config.lead':
    'Kafka’s own setting names. kafkascope runs most times ÷10 (a few ÷100 or ÷1000, as each row says) and shrinks sizes so a lesson sees timeouts fire: the value it runs with is editable, Kafka 3.9’s real default stands beside it.',
  'config.tab.topic': 'Topics',
  'config.tab.broker': 'Brokers',
  'config.tab.producer': 'Producer',
  'config.tab.consumer': 'Consumer groups',
  'config.col.setting': 'Setting',
  'config.col.value': 'Value here',
  'config.col.default': 'Kafka 3.9 default',
  'config.col.scale': 'Scale',
  'config.apply': 'Apply',
  'config.engineRefused': 'Refused by the cluster: {message}',
  'config.invalid.empty': 'Enter a value for {name}',
  'config.invalid.whole': '{name} must be a whole number',
  'config.invalid.range': '{name} must be between {min} and {max}',
  'config.unlimited': '-1 (unlimited)',
  'config.topic': 'Topic',
  'config.topic.intro':
    'A value set on the topic overrides the broker default (kafka-configs.sh --alter --entity-type topics).',
  'config.override': 'set on this topic',
  'config.inherited': 'broker default',
  'config.noTopics': 'No topic yet.',
  'config.broker.intro':
    'Cluster-wide broker settings (server.properties). The log.* ones are the defaults for topics without their own value.',
  'config.section.replication': 'Replication',
  'config.section.kraft': 'KRaft controller and broker liveness',
  'config.section.log': 'Log segments and retention',
  'config.section.groups': 'Consumer group coordinator',
  'config.truncation': 'Follower truncation after a leader change',
  'config.truncation.epoch':
    'Kafka since 0.11 (KIP-101): the follower asks the new leader where its leader epoch ends and cuts only what the leader does not have, so replicas never diverge.',
  'config.truncation.hw':
    'Before KIP-101: the follower cuts its log back to its own high watermark, which can throw away committed records or leave replicas holding different data.',
  'config.producer.intro': 'The settings of {id} (ProducerConfig).',
  'config.group': 'Group',
  'config.consumer.intro': 'Every consumer of this group uses these settings (ConsumerConfig).',
  'config.noGroups': 'No consumer group yet: create one to edit its consumer settings.',
  'config.scale.minInsyncReplicas': 'kafkascope starts at 2 so that acks=all means something',
  'config.scale.offsetsTopicReplicationFactor': 'capped by the number of brokers',
  'config.desc.minInsyncReplicas':
    'With acks=all, the smallest ISR the leader accepts a write with (checked when the write arrives). The acknowledgement still waits for the whole current ISR; below this size a write fails with NOT_ENOUGH_REPLICAS.',
  'config.desc.uncleanLeaderElectionEnable':
    'Let an out-of-sync replica become leader when no ISR replica is alive: availability over data. A partition already offline gets one at the controller’s next periodic check (every 30 s here; 5 min in Kafka).',
  'config.desc.replicaLagTimeMaxMs':
    'A follower not caught up for this long is removed from the ISR.',
  'config.desc.replicaFetchWaitMaxMs':
    'How long the leader holds a follower’s fetch when there is no new data.',
  'config.desc.replicaFetchBackoffMs': 'Pause before a follower fetches again after an error.',
  'config.desc.replicaHighWatermarkCheckpointIntervalMs':
    'How often each broker writes its high watermarks to disk.',
  'config.desc.brokerSessionTimeoutMs':
    'A broker silent for this long is fenced by the controller and leaves every ISR.',
  'config.desc.brokerHeartbeatIntervalMs': 'How often a broker tells the controller it is alive.',
  'config.desc.controllerQuorumElectionTimeoutMs':
    'How long before a new active controller is elected.',
  'config.desc.segmentBytes': 'A log segment file rolls over at this size.',
  'config.desc.segmentMs': 'A log segment rolls over after this long, even when not full.',
  'config.desc.retentionMs': 'Old segments are deleted after this long (-1: keep forever).',
  'config.desc.retentionBytes':
    'Old segments are deleted once a partition grows beyond this (-1: no limit).',
  'config.desc.indexIntervalBytes': 'Bytes between two entries of the sparse offset index.',
  'config.desc.logRetentionCheckIntervalMs': 'How often brokers look for segments to delete.',
  'config.desc.pageCacheFlushIntervalMs':
    'Not a Kafka setting: how long the OS keeps written data in memory before it reaches the disk (lost on a power failure).',
  'config.desc.offsetsTopicNumPartitions':
    'Partitions of __consumer_offsets, where groups commit their offsets.',
  'config.desc.offsetsTopicReplicationFactor': 'Replicas of each __consumer_offsets partition.',
  'config.desc.groupInitialRebalanceDelayMs':
    'Wait for more members before the first rebalance of a new group.',
  'config.desc.groupMinSessionTimeoutMs': 'The smallest session.timeout.ms a consumer may ask for.',
  'config.desc.groupMaxSessionTimeoutMs': 'The largest session.timeout.ms a consumer may ask for.',
  'config.desc.acks':
    'How many replicas must have a record before the producer hears “done”: 0 none, 1 the leader, all the whole ISR.',
  'config.desc.enableIdempotence':
    'Sequence numbers let the broker drop a retried batch it already has: no duplicates (needs acks=all).',
  'config.desc.maxInFlightRequestsPerConnection':
    'Requests sent to one broker without waiting for their answers.',
  'config.desc.batchSize':
    'Records for one partition are grouped into batches of up to this many bytes.',
  'config.desc.lingerMs': 'Wait this long for more records before sending a batch.',
  'config.desc.deliveryTimeoutMs':
    'Give up on a record, and report an error, after this long (retries included).',
  'config.desc.requestTimeoutMs': 'How long to wait for a broker’s answer before retrying.',
  'config.desc.retryBackoffMs': 'Pause before retrying a failed request.',
  'config.desc.retryBackoffMaxMs':
    'The longest pause between retries (the pause doubles up to this).',
  'config.desc.retries':
    'How often to retry a failed batch (delivery.timeout.ms usually ends it first).',
  'config.desc.metadataMaxAgeMs': 'Refresh the list of partition leaders at least this often.',
  'config.desc.partitioner':
    'Records without a key: sticky fills one partition’s batch and then moves on; round-robin takes turns.',
  'config.desc.sessionTimeoutMs':
    'A consumer silent for this long is removed from the group, which then rebalances.',
  'config.desc.heartbeatIntervalMs':
    'How often a consumer tells the group coordinator it is alive.',
  'config.desc.maxPollIntervalMs':
    'A consumer that does not call poll() for this long leaves the group.',
  'config.desc.autoCommitIntervalMs': 'With enable.auto.commit, how often positions are committed.',
  'config.desc.maxPollRecords': 'At most this many records per poll().',
  'config.desc.fetchMaxWaitMs': 'How long the broker holds a fetch when there is no data.',
  'config.desc.maxPartitionFetchBytes': 'At most this many bytes per partition in one fetch.',
  'config.desc.defaultApiTimeoutMs': 'Time limit of blocking consumer calls such as commitSync().',
  'config.desc.autoOffsetReset':
    'Where to start when the group has no committed offset: earliest, latest, or fail (none).',

  'cli.title': 'kafka-topics.sh --describe',
  'cli.caption': 'Live output of Kafka 3.9’s kafka-topics.sh',

  'events.title': 'Event log',
  'events.filter': 'Filter events',
  'events.count': '{shown} of {total}',
  'events.empty': 'No events yet.',
  'events.hint': 'Click an event to jump to its time.',

  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.playPause': 'Play / pause',
  'shortcuts.step': 'Step to the next event',
  'shortcuts.back': 'Back 100 ms',
  'shortcuts.faster': 'Faster',
  'shortcuts.slower': 'Slower',
  'shortcuts.help': 'Show this list',
  'shortcuts.close': 'Close',

  'runs.import.title': 'Import a run',
  'runs.import.lead':
    'Open a run file exported from kafkascope (or written by its tests), or paste its JSON. Nothing changes unless the whole run is valid.',
  'runs.import.file': 'Run file',
  'runs.import.paste': 'Or paste the JSON',
  'runs.import.load': 'Load run',
  'runs.import.cancel': 'Cancel',
  'runs.import.loading': 'Replaying the run…',
  'runs.import.errors': 'This run cannot be loaded; nothing was changed:',
  'runs.import.more': '… and {count} more',
  'runs.import.engine': 'The simulation refused it: {message}',
  'runs.import.readFailed': 'The file could not be read: {message}',
  'runs.loaded': 'Loaded the run: seed {seed}, {count} {count|input|inputs}, at {s} s.',
  'runs.refused':
    '{count} {count|input was|inputs were} refused when replayed and left out (they changed nothing); the first: {first}',
  'runs.issue.json': 'Not valid JSON: {message} (line {line}, column {column})',
  'runs.issue.tooBig': 'The run is too large ({size} characters; at most {max})',
  'runs.got.nothing': 'nothing',
  'runs.got.array': 'an array',
  'runs.got.object': 'an object',
  'runs.issue.root': 'A run must be a JSON object with seed, config and inputs (got {got})',
  'runs.issue.seed': 'seed must be a whole number from {min} to {max} (got {got})',
  'runs.issue.config': 'config must be an object of cluster settings (got {got})',
  'runs.issue.inputs': 'inputs must be an array of inputs with a tick and a command (got {got})',
  'runs.issue.tooMany': 'too many inputs ({count}; at most {max})',
  'runs.issue.input': 'input #{n} must be an object with a tick and a command (got {got})',
  'runs.issue.tick': 'input #{n}: tick must be a whole number from 0 to {max} (got {got})',
  'runs.issue.order':
    'input #{n}: tick {tick} is before the previous input’s tick {prev} (ticks must not decrease)',
  'runs.issue.command': 'input #{n}: command must be an object with a type (got {got})',
  'runs.issue.unknownType': 'input #{n}: unknown command type {got}',
  'runs.issue.commandConfig': 'input #{n} ({type}): config must be an object (got {got})',
  'runs.issue.until': 'must be a whole number of ticks from 0 to {max} (got {got})',
  'runs.issue.scenario': 'scenario must be a scenario id (got {got})',

  // PartitionView
  'pv.title': 'Partition log: {partition}',
  'pv.empty': 'Starting the simulation…',
  'pv.hint':
    'One row per replica of the partition, the leader first. Each cell is one record: its offset above, its key inside, its colour the leader epoch that wrote it.',
  'pv.rowLabel': 'Broker {broker}, {role}: LEO {leo}, HW {hw}',
  'pv.hwLine': 'HW — consumers read up to here',
  'pv.hwDown': 'HW {hw} — no leader online: nobody can read now',
  'pv.hwShort': 'HW {hw}',
  'pv.leo': 'LEO {leo}',
  'pv.logStart': 'log start {offset}',
  'pv.logStartTitle': 'Offsets below {offset} were deleted by retention (whole segments at a time)',
  'pv.axis': 'offset →',
  'pv.producer': 'producer',
  'pv.cellTitle':
    'offset {offset} · key {key} · value {value} · leader epoch {epoch} · timestamp {time} (CreateTime: set by the producer)',
  'pv.cell.committed': 'committed',
  'pv.cell.uncommitted': 'not committed yet',
  'pv.cell.lost': 'LOST: acknowledged, then gone',
  'pv.cell.duplicated': 'DUPLICATE: the same record written twice',
  'pv.lost': 'lost',
  'pv.truncated': '✂ truncated',
  'pv.truncatedTitle': 'Removed from broker {broker} by truncation ({mode}): offsets {range}',
  'pv.mode.leader-epoch': 'leader epoch, KIP-101',
  'pv.mode.high-watermark': 'to its own HW, before Kafka 0.11',
  'pv.controls': 'Log window',
  'pv.window': 'Offsets {from}–{to}',
  'pv.prev': '◀ Earlier',
  'pv.prevTitle': 'Show earlier offsets',
  'pv.next': 'Later ▶',
  'pv.nextTitle': 'Show later offsets',
  'pv.follow': 'Follow the end',
  'pv.followTitle': 'Keep the newest offsets in view',
  'pv.segments': 'Show segments',
  'pv.segmentsNote':
    'A segment file is named after its own base offset, the first offset inside it: 00000000000000000012.log starts at offset 12 (not where the previous one ended, nor where it ends). ▼ marks an entry of the sparse .index file: one every index.interval.bytes, so a read jumps close to an offset and scans forward.',
  'pv.segmentTitle': '{file}: offsets from {base}, {bytes} bytes',
  'pv.indexTitle': '.index entry: offset {offset} → byte {position}',
  'pv.legend': 'Legend',
  'pv.legend.epoch': 'colour = leader epoch',
  'pv.legend.uncommitted': 'dashed edge: not committed yet',
  'pv.legend.lost': 'lost record',
  'pv.legend.duplicated': 'duplicate',
  'pv.legend.hw': 'HW: offsets below are committed',
  'pv.legend.followerHw': 'a follower’s own HW (it lags)',
  'pv.legend.leo': 'LEO: the next offset to write',
  'pv.legend.fetch':
    'fetch: the follower asks for its LEO; that offset is its acknowledgement (there is no separate ACK)',
  'pv.legend.data': 'records (or just the HW) coming back',
  'pv.legend.produce': 'producer request / ack',
  'pv.token.fetch': 'fetch {offset}',
  'pv.token.records': '+{n}',
  'pv.token.recordsShared': '+{n} ({parts} partitions)',
  'pv.token.hw': 'HW',
  'pv.token.ack': 'ack',
  'pv.token.epochReq': 'OffsetsForLeaderEpoch?',
  'pv.token.epochResp': 'end offset',
  'pv.captionLabel': 'What is happening:',
  'pv.cap.noLeader':
    '{partition} has no leader: it is offline, so nobody can write to it or read from it until an in-sync replica comes back.',
  'pv.cap.leader':
    'Broker {broker} is the leader (leader epoch {epoch}). Its LEO is {leo}: the next record gets offset {leo}. Its HW is {hw}: offsets below {hw} are committed and consumers can read them.',
  'pv.cap.leaderEmpty':
    'Broker {broker} is the leader (leader epoch {epoch}). Its LEO is {leo}: the next record gets offset {leo}. Its HW is {hw}: nothing is committed yet, so consumers see nothing.',
  'pv.cap.pending1': '1 record above the HW waits until every ISR replica has fetched it.',
  'pv.cap.pending': '{n} records above the HW wait until every ISR replica has fetched them.',
  'pv.cap.offline': 'Broker {broker} is offline: its copy waits on disk until the broker restarts.',
  'pv.cap.truncating':
    'Broker {broker} is reconciling with the leader: before fetching, it asks where their logs diverge (OffsetsForLeaderEpoch).',
  'pv.cap.ahead':
    'Broker {broker} has {n} more records than the leader: they diverge from the leader’s log and will be cut off.',
  'pv.cap.rejoining':
    'Broker {broker} has caught up (LEO {leo}) but is not back in the ISR yet: the leader asks the controller to add it (AlterPartition).',
  'pv.cap.behindOsr1':
    'Broker {broker} is {n} record behind and out of the ISR: it has not caught up within replica.lag.time.max.ms ({lagMs} ms here), so the HW no longer waits for it.',
  'pv.cap.behindOsr':
    'Broker {broker} is {n} records behind and out of the ISR: it has not caught up within replica.lag.time.max.ms ({lagMs} ms here), so the HW no longer waits for it.',
  'pv.cap.behindIsr1':
    'Broker {broker} is {n} record behind the leader; it is still in the ISR because it caught up within replica.lag.time.max.ms ({lagMs} ms here).',
  'pv.cap.behindIsr':
    'Broker {broker} is {n} records behind the leader; it is still in the ISR because it caught up within replica.lag.time.max.ms ({lagMs} ms here).',
  'pv.cap.caughtUpHwLags':
    'Broker {broker} has every record (LEO {leo}), but its own HW is {hw}, behind the leader’s {leaderHw}: a follower learns the HW from the leader’s fetch responses.',
  'pv.cap.caughtUp': 'Broker {broker} has every record (LEO {leo}) and knows the leader’s HW.',
  'pv.cap.truncEpoch':
    'Broker {broker} just removed offsets {range} from its log: leader-epoch truncation (KIP-101) cuts only the suffix that diverged from the leader.',
  'pv.cap.truncHw':
    'Broker {broker} just removed offsets {range} from its log: before Kafka 0.11 a follower truncated to its own HW, which can throw away records that were already committed.',
  // Presentation: transport steps, the Panels menu, What is simplified
  'whyFast.title': 'Why is Kafka fast?',
  'whyFast.lead':
    'The reasons usually given, each with what the simulation shows right now. The figures update as it runs.',
  'whyFast.notModelled': 'explained, not modelled',
  'simplified.title': 'What is simplified',
  'simplified.lead':
    'kafkascope runs Kafka 3.9’s replication, producer and consumer group logic step by step. This is where the model departs from Kafka, and how its settings are scaled so that a lesson can watch them.',
  'simplified.departures': 'Where the model departs from Kafka',
  'simplified.scaling': 'Scaling',
  'simplified.col.name': 'Kafka setting',
  'simplified.col.value': 'kafkascope',
  'simplified.scope.broker': 'broker',
  'simplified.scope.producer': 'producer',
  'simplified.scope.consumer': 'consumer',
  'simplified.scope.network': 'network',
} as const
