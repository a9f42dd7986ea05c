// English UI strings of the consumer groups panel and its CLI view (loaded with enDeferred.ts,
// which spreads them in).

export const enDeferredGroups = {
  // Groups
  'groups.title': 'Consumer groups',
  'groups.caption':
    'A group shares the partitions of its topics among its consumers: each partition goes to one consumer of the group at a time. The group remembers how far it got by committing offsets to __consumer_offsets.',
  'groups.none':
    'No consumer group yet. Add one: its consumers join, the group rebalances, and each consumer gets partitions.',
  'groups.noMembers': 'No consumers: nobody reads these partitions.',
  'groups.members': 'Consumers',
  'groups.more': 'Settings and offset reset',
  'groups.legend.members': 'Consumers:',
  'groups.legend.partitions': 'Partitions:',
  'groups.legend.owned': 'read by its card',
  'groups.legend.revoking': 'being given up',
  'groups.legend.orphaned': 'held by a dead consumer',
  'groups.legend.unowned': 'no owner',
  'groups.legend.actions': 'Buttons:',
  'groups.legend.pause':
    '“Stop polling”: the application stops calling poll() (stuck processing); after max.poll.interval.ms the consumer is dropped from the group.',
  'groups.legend.close':
    '“Close”: a clean shutdown with LeaveGroup, so the group rebalances at once.',
  'groups.legend.crash':
    '“Crash”: kill -9; nothing more is committed and the coordinator notices only after session.timeout.ms.',
  'groups.state.Empty': 'Empty: no members',
  'groups.state.PreparingRebalance': 'PreparingRebalance: gathering members',
  'groups.state.CompletingRebalance': 'CompletingRebalance: waiting for the assignment',
  'groups.state.Stable': 'Stable',
  'groups.state.Dead': 'Dead',
  'groups.fact.generation': 'generation',
  'groups.fact.protocol': 'Rebalance',
  'groups.fact.assignor': 'assignor',
  'groups.fact.commit': 'Commit',
  'groups.fact.coordinator': 'Coordinator',
  'groups.fact.lag': 'lag',
  'groups.fact.processed': 'processed',
  'groups.fact.twice': 'processed twice',
  'groups.fact.skipped': 'never processed',
  'groups.fact.deduplicated': 'duplicates ignored',
  'groups.dedupeTitle':
    'Idempotent processing: the application remembers the records it processed and ignores redelivered ones',
  'groups.twiceTitle':
    'Records processed again after a crash or a rebalance: no commit covered them (at-least-once)',
  'groups.skippedTitle':
    'Records this group will never process: committed before processing, skipped by auto.offset.reset=latest or a reset, or deleted first',
  'groups.incidents': 'What went wrong lately',
  'groups.incidentAt': '{s} s',
  'groups.protocol.eager': 'eager (stop-the-world)',
  'groups.protocol.cooperative': 'cooperative (incremental)',
  'groups.coordinator': 'broker {broker}, leader of {partition}',
  'groups.coordinator.none': 'none right now',
  'groups.processingValue': '{ms} ms per record',
  'groups.commit.auto': 'auto (enable.auto.commit)',
  'groups.commit.after-processing': 'after processing: commitSync (at-least-once)',
  'groups.commit.before-processing': 'before processing: commitSync first (at-most-once)',
  'groups.strategy.default': 'Kafka default: [range, cooperative-sticky] (eager)',
  'groups.strategy.eager': '{name} (eager)',
  'groups.strategy.coop': '{name} (cooperative)',
  'groups.member.stable': 'consuming',
  'groups.member.joining': 'joining',
  'groups.member.slow': 'slow',
  'groups.member.dead': 'dead',
  'groups.member.idle': 'idle',
  'groups.member.paused': 'paused',
  'groups.member.leader': 'group leader',
  'groups.member.leaderTitle':
    'The group leader runs the partition assignor; the coordinator hands its plan to everyone in SyncGroup',
  'groups.member.static': 'static: {id}',
  'groups.member.staticTitle':
    'group.instance.id: restarting within session.timeout.ms keeps its partitions, with no rebalance',
  'groups.member.noPartitions': 'no partitions',
  'groups.member.partitions': 'Partitions of {clientId}',
  'groups.hint.closed': 'Closed cleanly: it sent LeaveGroup, so the group rebalanced at once.',
  'groups.hint.failed': 'Failed with a fatal error and was closed.',
  'groups.hint.crashedInGroup':
    'Crashed. The coordinator still counts it until it hears no heartbeat for session.timeout.ms ({ms} ms): until then its partitions wait and nobody reads them.',
  'groups.hint.crashedGone':
    'Crashed and removed. What it processed after its last commit is processed again by the next owner.',
  'groups.hint.paused':
    'Not calling poll(): {ms} ms so far. At max.poll.interval.ms ({max} ms) it leaves the group and its partitions go to others.',
  'groups.hint.slow':
    'poll() is late: {ms} ms since the last call. At max.poll.interval.ms ({max} ms) it leaves the group.',
  'groups.hint.finding': 'Starting: it finds the group coordinator, then sends JoinGroup.',
  'groups.hint.notYet':
    'Still consuming: it learns of the rebalance from its next heartbeat (every heartbeat.interval.ms, {ms} ms), then rejoins.',
  'groups.hint.notYetCoop':
    'Keeps consuming: it learns of the rebalance from its next heartbeat ({ms} ms apart) and rejoins, keeping its partitions.',
  'groups.hint.finishing':
    'Still processing its batch ({done}/{size}): the rebalance waits until it calls poll() again.',
  'groups.hint.waitingEager': 'Gave up all its partitions; waits for the new assignment.',
  'groups.hint.joining': 'Rejoining: JoinGroup, then SyncGroup brings its partitions.',
  'groups.hint.idleMore':
    'Idle: {members} consumers for {partitions} partitions. A partition goes to only one consumer of the group, so this one waits as a standby.',
  'groups.hint.idle': 'Idle: the assignor gave it no partition.',
  'groups.hint.waitingRound2':
    'Nothing yet: a partition for it must first be given up by its owner (round 1); round 2 hands it over.',
  'groups.hint.processing': 'Processing a batch: {done}/{size} records done.',
  'groups.hint.committing': 'Committing its offsets (commitSync).',
  'groups.lane.from': 'from brokers',
  'groups.lane.token': '{records} records from broker {broker} ({partitions})',
  'groups.band.eagerTitle': 'Paused: rebalancing (eager, stop-the-world)',
  'groups.band.eagerText':
    'Every member must give up all its partitions and rejoin; nobody consumes again until generation {to} is handed out.',
  'groups.band.coopTitle': 'Cooperative rebalance, round {round}',
  'groups.band.coop1':
    'Members keep consuming the partitions they keep. Only partitions that move are revoked; their owners then rejoin for round 2.',
  'groups.band.coop2': 'Round 2: the revoked partitions go to their new owners.',
  'groups.band.generations': 'generation {from} → {to}',
  'groups.band.why': 'Why: {reason}',
  'groups.band.revoked': '{clientId} gives up {partitions}',
  'groups.band.revokedEarlier': '{clientId} gave up {partitions} in round {round}',
  'groups.band.waitingFor': 'Waiting for {clients} to finish processing and call poll()',
  'groups.last.first':
    'First assignment, generation {to} ({reason}): {ms} ms, as the coordinator waits group.initial.rebalance.delay.ms for more members to join.',
  'groups.last.eager':
    'Last rebalance, generation {from} → {to} ({reason}): eager, so every member stopped; {ms} ms until all had partitions again.',
  'groups.last.coop1':
    'Last rebalance, generation {from} → {to} ({reason}): cooperative, one round; nobody stopped ({ms} ms).',
  'groups.last.coop2':
    'Last rebalance ({reason}): cooperative, two rounds. Round 1 (generation {g1}) revoked {moved}; round 2 (generation {g2}) assigned it; the other partitions kept being consumed ({ms} ms).',
  'groups.tray': 'No owner',
  'groups.trayHint': 'nobody consumes these right now',
  'groups.trayEmpty': 'none: every partition has a consumer',
  'groups.table.caption':
    'Per partition. Lag = log end (HW) − committed offset, as kafka-consumer-groups.sh computes it.',
  'groups.table.partition': 'Partition',
  'groups.table.owner': 'Consumer',
  'groups.table.position': 'Position',
  'groups.table.positionTitle': 'The next offset the consumer fetches',
  'groups.table.committed': 'Committed',
  'groups.table.committedTitle': 'Where the group restarts after a crash or a rebalance',
  'groups.table.hw': 'Log end (HW)',
  'groups.table.lag': 'Lag',
  'groups.bar.uncommitted': 'read, not committed (read again after a crash)',
  'groups.bar.unread': 'not read yet',
  'groups.bar.title': '{partition}: {uncommitted} read but not committed, {unread} not read yet',
  'groups.add.title': 'Add a consumer group',
  'groups.add.group': 'Group id',
  'groups.add.topics': 'Topics',
  'groups.add.noTopics': 'Create a topic first.',
  'groups.add.strategy': 'Assignor (partition.assignment.strategy)',
  'groups.add.commit': 'Commit',
  'groups.add.processing': 'ms per record',
  'groups.add.consumers': 'Consumers',
  'groups.add.submit': 'Add group',
  'groups.consumer.add': 'Add consumer',
  'groups.consumer.formLabel': 'Add a consumer to {group}',
  'groups.consumer.instance': 'group.instance.id (optional)',
  'groups.consumer.instanceHint': 'makes it a static member',
  'groups.actions.label': 'Actions for consumer {clientId}',
  'groups.action.pause': 'Stop polling',
  'groups.action.resume': 'Resume polling',
  'groups.action.pauseTitle':
    'The application stops calling poll() (stuck in processing): after max.poll.interval.ms the consumer leaves the group',
  'groups.action.commitSyncTitle': 'Commit the positions now and wait for the answer',
  'groups.action.commitAsyncTitle':
    'Commit the positions now without waiting (a failure is not retried)',
  'groups.action.close': 'Close',
  'groups.action.closeTitle':
    'consumer.close(): finish the batch, commit if auto, send LeaveGroup: the group rebalances at once',
  'groups.action.crash': 'Crash',
  'groups.action.crashTitle':
    'kill -9: nothing more is committed; the coordinator notices only after session.timeout.ms',
  'groups.settings.title': 'Group settings',
  'groups.settings.apply': 'Apply',
  'groups.settings.dedupe': 'Idempotent processing',
  'groups.settings.dedupeHint':
    'remember processed records; a redelivery is ignored. This is the first of three remedies for duplicate consumption (keep processed ids and check them; make the operation idempotent by design, e.g. a unique key; apply it only if a version or precondition still holds): each makes a redelivered record harmless, and all look the same here.',
  'groups.resetOffsets.title': 'Reset offsets (kafka-consumer-groups.sh --reset-offsets --execute)',
  'groups.resetOffsets.hint':
    'Kafka allows it only while the group is inactive (Empty): close or crash its consumers first.',
  'groups.resetOffsets.topic': 'Topic',
  'groups.resetOffsets.to': 'To',
  'groups.resetOffsets.offset': 'Offset',
  'groups.resetOffsets.timestamp': 'Timestamp (ms)',
  'groups.resetOffsets.partition': 'Partition',
  'groups.resetOffsets.all': 'all',
  'groups.resetOffsets.submit': 'Reset offsets',
  'groups.cli.title': 'kafka-consumer-groups.sh --describe',
  'groups.cli.caption': 'Live output of Kafka 3.9’s kafka-consumer-groups.sh for every group',
  'groups.cli.none': 'No consumer group yet: add one in the Consumer groups panel.',
}
