// Models org.apache.kafka.admin.AdminUtils.assignReplicasToBrokersRackUnaware and replicaIndex, and
// the start index AdminZkClient.addPartitions passes when a topic grows.
// Simplified: no rack-aware variant; the caller supplies the start index and the initial follower
// shift from its own seeded RNG instead of java.util.Random (with a fixed start index Kafka uses
// that same value as the shift, so pass it twice to reproduce Kafka exactly).

/** AdminUtils.replicaIndex: position of follower `replicaIndex` relative to the first replica. */
function replicaIndex(
  firstReplicaIndex: number,
  secondReplicaShift: number,
  replicaIdx: number,
  nBrokers: number,
): number {
  const shift = 1 + ((secondReplicaShift + replicaIdx) % (nBrokers - 1))
  return (firstReplicaIndex + shift) % nBrokers
}

/**
 * Rack-unaware assignment over the broker ids sorted ascending. Element i of the result is the
 * replica list of partition `max(0, startPartitionId) + i`; its first entry is the preferred leader.
 * Throws, as Kafka does, for nPartitions <= 0, replicationFactor <= 0 or more replicas than brokers.
 */
export function assignReplicasRackUnaware(
  nPartitions: number,
  replicationFactor: number,
  brokerIds: readonly number[],
  fixedStartIndex: number,
  startPartitionId: number,
  initialShift: number,
): number[][] {
  if (nPartitions <= 0) throw new RangeError('Number of partitions must be larger than 0.')
  if (replicationFactor <= 0) throw new RangeError('Replication factor must be larger than 0.')
  if (replicationFactor > brokerIds.length) {
    throw new RangeError(
      `Replication factor: ${replicationFactor} larger than available brokers: ${brokerIds.length}.`,
    )
  }
  if (fixedStartIndex < 0 || initialShift < 0) {
    throw new RangeError('Start index and shift must be supplied (>= 0) by the caller.')
  }
  const brokers = [...brokerIds].sort((a, b) => a - b)
  const n = brokers.length
  const result: number[][] = []
  let currentPartitionId = Math.max(0, startPartitionId)
  let nextReplicaShift = initialShift
  for (let i = 0; i < nPartitions; i++) {
    if (currentPartitionId > 0 && currentPartitionId % n === 0) nextReplicaShift += 1
    const firstReplicaIndex = (currentPartitionId + fixedStartIndex) % n
    const replicas: number[] = [brokers[firstReplicaIndex] as number]
    for (let j = 0; j < replicationFactor - 1; j++) {
      replicas.push(brokers[replicaIndex(firstReplicaIndex, nextReplicaShift, j, n)] as number)
    }
    result.push(replicas)
    currentPartitionId += 1
  }
  return result
}

/**
 * AdminZkClient.addPartitions: the start index for new partitions is the position (in the sorted
 * broker list) of the first broker whose id is >= partition 0's first replica, or 0.
 */
export function addPartitionsStartIndex(
  brokerIds: readonly number[],
  partition0FirstReplica: number,
): number {
  const brokers = [...brokerIds].sort((a, b) => a - b)
  return Math.max(
    0,
    brokers.findIndex((id) => id >= partition0FirstReplica),
  )
}
