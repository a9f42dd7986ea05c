// The reasons Kafka is fast, as the study notes list them, each worded in both languages with the
// live figure that shows it in kafkascope (or a plain statement that it is not modelled).

import type { Lang } from '../../i18n/catalog'
import type { FastFacts } from './fastFacts'

export interface Reason {
  readonly id: string
  readonly title: Readonly<Record<Lang, string>>
  /** What Kafka does. `backticks` mark Kafka names. */
  readonly text: Readonly<Record<Lang, string>>
  /** What the simulation shows right now. */
  readonly live: (f: FastFacts, lang: Lang) => string
  /** Whether kafkascope models it (false: explained only). */
  readonly modelled: boolean
}

export const REASONS: readonly Reason[] = [
  {
    id: 'batching',
    modelled: true,
    title: { en: 'Batching', zh: '批量发送' },
    text: {
      en: 'The producer collects records per partition into batches (`batch.size`, `linger.ms`) and sends one produce request per broker with a batch for each of its partitions. The broker appends, replicates and serves whole batches.',
      zh: '生产者按分区把记录攒成批次（`batch.size`、`linger.ms`），每个 broker 只发一个 produce 请求，里面是它各个分区的批次。broker 以整个批次为单位追加、复制和读取。',
    },
    live: (f, lang) => {
      const avg = f.ackedBatches === 0 ? 0 : f.ackedRecords / f.ackedBatches
      const a = avg.toFixed(1)
      return lang === 'zh'
        ? `此刻：${f.produceRequests} 个 produce 请求在路上，装着 ${f.produceBatches} 个批次、共 ${f.produceRecords} 条记录；最近确认的 ${f.ackedBatches} 个批次平均每批 ${a} 条记录。`
        : `Right now: ${f.produceRequests} produce requests in flight carry ${f.produceBatches} batches holding ${f.produceRecords} records; the last ${f.ackedBatches} acknowledged batches held ${a} records each on average.`
    },
  },
  {
    id: 'sequential',
    modelled: true,
    title: { en: 'Sequential writes', zh: '顺序写' },
    text: {
      en: 'A partition is an append-only log: every write goes to its end, in segments, and nothing is updated in place. Sequential disk writes are far faster than random ones. Watch the Partition log panel: cells are only ever added on the right (truncation after a failure is the one exception, and it is shown).',
      zh: '分区是只追加的日志：每次写入都落在末尾，按段（segment）存放，从不原地修改。磁盘顺序写远快于随机写。看“分区日志”面板：新的格子只会加在右边（故障后的截断是唯一的例外，而且会被画出来）。',
    },
    live: (f, lang) =>
      lang === 'zh'
        ? `此刻：${f.partitions} 个分区的 leader 日志末尾共追加了 ${f.appended} 条记录。`
        : `Right now: ${f.appended} records appended at the end of ${f.partitions} partition logs.`,
  },
  {
    id: 'page-cache',
    modelled: true,
    title: { en: 'Page cache', zh: 'PageCache（页缓存）' },
    text: {
      en: 'A broker writes into the operating system’s page cache and lets the OS flush to disk later; it does not fsync every record. Durability comes from replication, not from the disk: that is why acks=all matters, and why a power failure of several replicas at once can lose acknowledged records.',
      zh: 'broker 把数据写进操作系统的页缓存，由操作系统稍后刷盘，并不为每条记录 fsync。可靠性来自副本复制而不是磁盘：所以 acks=all 很重要，而多个副本同时断电可能丢失已确认的记录。',
    },
    live: (f, lang) =>
      lang === 'zh'
        ? `此刻：${f.unflushedReplicas} 个副本上有 ${f.unflushed} 条记录已写入但还只在页缓存里（broker 菜单里的“断电”会丢掉它们）。`
        : `Right now: ${f.unflushed} records on ${f.unflushedReplicas} replicas are written but only in the page cache (a power failure from a broker’s menu loses them).`,
  },
  {
    id: 'zero-copy',
    modelled: false,
    title: { en: 'Zero-copy', zh: '零拷贝' },
    text: {
      en: 'Batches are stored in the same format the producer sent and the consumer reads, so a broker can hand file bytes to the network socket (`sendfile`) without copying them through the application. kafkascope shows fetch responses carrying the stored batches; it does not model copies or CPU time.',
      zh: '批次在磁盘上的格式和生产者发送、消费者读取的格式相同，所以 broker 可以把文件字节直接交给网络 socket（`sendfile`），不必经过应用程序拷贝。kafkascope 画出携带已存储批次的 fetch 响应，但不模拟拷贝次数和 CPU 时间。',
    },
    live: (f, lang) =>
      lang === 'zh'
        ? `此刻：${f.fetchResponsesWithData} 个 fetch 响应正把 ${f.fetchedRecords} 条记录原样送往 follower 和消费者。`
        : `Right now: ${f.fetchResponsesWithData} fetch responses carry ${f.fetchedRecords} records, as stored, to followers and consumers.`,
  },
  {
    id: 'compression',
    modelled: false,
    title: { en: 'Compression', zh: '消息压缩' },
    text: {
      en: 'With `compression.type` set, the producer compresses a whole batch at once, the broker stores it compressed and the consumer decompresses it: bigger batches compress better. Not modelled: kafkascope’s records are uncompressed.',
      zh: '设置了 `compression.type` 时，生产者把整个批次一起压缩，broker 原样存储，消费者再解压：批次越大压缩越好。未建模：kafkascope 中的记录不压缩。',
    },
    live: (_f, lang) => (lang === 'zh' ? '未建模。' : 'Not modelled.'),
  },
  {
    id: 'partitions',
    modelled: true,
    title: { en: 'Partitions in parallel', zh: '分区并行' },
    text: {
      en: 'Topics are split into partitions spread over the brokers, so writes and reads spread too. A consumer group reads with up to one consumer per partition: a consumer beyond that sits idle.',
      zh: '主题被拆成分区并分布到各个 broker 上，读写也随之分散。一个消费者组最多一个分区对应一个消费者并行读取：多出来的消费者会空闲。',
    },
    live: (f, lang) =>
      lang === 'zh'
        ? `此刻：${f.partitions} 个分区分布在 ${f.brokers} 个在线 broker 上；${f.consumers} 个消费者在组里。`
        : `Right now: ${f.partitions} partitions on ${f.brokers} live brokers; ${f.consumers} consumers in groups.`,
  },
  {
    id: 'pull',
    modelled: true,
    title: { en: 'Consumers pull', zh: '消费者拉取（pull）' },
    text: {
      en: 'Consumers fetch at their own pace and the broker keeps no per-message delivery state: a fetch with nothing new waits at the broker up to `fetch.max.wait.ms` (a long poll) instead of being pushed records the consumer cannot handle.',
      zh: '消费者按自己的节奏拉取，broker 不为每条消息保存投递状态：没有新数据的 fetch 在 broker 上最多等待 `fetch.max.wait.ms`（长轮询），而不是把消费者处理不了的记录推给它。',
    },
    live: (f, lang) =>
      lang === 'zh'
        ? `此刻：${f.consumerFetches} 个消费者 fetch 请求在路上。`
        : `Right now: ${f.consumerFetches} consumer fetch requests in flight.`,
  },
]
