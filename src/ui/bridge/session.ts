// A simulation session: the store, the client and the connection between them, with start, stop
// and restart. The client is created in start() rather than in the constructor so React's
// StrictMode (which runs effects twice in development) never leaves a stray worker behind.
// The session keeps the page's copy of the run (RunLog, mirrored from the frames), which outlives
// a crashed worker: restart() replays it in a new one up to the last tick that worked, and stops
// before an input that fails instead of running into the same crash. It also saves the run for the
// next visit (persist.ts), resumes a saved run, and loads imported run files.

import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Command, CommandResult } from '../../engine/commands'
import type { Run } from '../../engine/timeline'
import type { TestCrashMode, ToWorker } from '../../worker/protocol'
import { translate } from '../i18n/catalog'
import { RunSaver, type SavedRun } from '../runs/persist'
import type { ParsedRun } from '../runs/runFile'
import { RunLog } from '../runs/runLog'
import type { SimStoreApi } from '../store/createSimStore'
import { type Connection, type ConnectOptions, connect, type Reply } from './connect'
import type { SimClient } from './simClient'
import { Watchdog } from './watchdog'

export type InitMessage = Extract<ToWorker, { type: 'init' }>

export interface SessionOptions extends ConnectOptions {
  /** Where the run is kept for the next visit (null or absent: not kept). */
  storage?: Storage | null
  /** How long the simulation may stay silent while it owes the page a frame. */
  watchdogMs?: number
}

/** Page state about runs that components show: the saved run offered for resuming. */
export interface RunUi {
  offer: SavedRun | null
}

export type ImportOutcome =
  | { ok: true; refused: NonNullable<Reply['replay']>['refused'] }
  | { ok: false; message: string }

/** Replaying a long run can take a while; the watchdog waits for it, and so does this. */
const LOAD_TIMEOUT_MS = 120_000
const seconds = (tick: number) => (tick / 1000).toFixed(1)

export class SimSession {
  private client: SimClient | null = null
  private conn: Connection | null = null
  private saver: RunSaver | null = null
  private watchdog: Watchdog | null = null
  /** The page's copy of the run (seed, config, inputs). */
  readonly runLog = new RunLog()
  readonly runUi: StoreApi<RunUi> = createStore<RunUi>(() => ({ offer: null }))
  watchdogMs: number | undefined
  private asked = false

  constructor(
    readonly store: SimStoreApi,
    private readonly makeClient: () => SimClient,
    private readonly init: InitMessage,
    private readonly options: SessionOptions = {},
  ) {
    this.watchdogMs = options.watchdogMs
  }

  get running(): boolean {
    return this.conn !== null
  }

  /** Starts, or first asks (once) whether to resume `offer`; ResumeDialog answers. */
  boot(offer: SavedRun | null): void {
    if (this.runUi.getState().offer !== null) return
    if (offer !== null && !this.asked) {
      this.asked = true
      this.runUi.setState({ offer })
    } else this.start()
  }

  /** Creates the client and starts the simulation (from `run` when given, else from `init`). */
  start(run?: Run): void {
    if (this.conn !== null) return
    const conn = this.open()
    this.runLog.scenario = run === undefined ? (this.init.scenario ?? null) : null
    if (run === undefined) conn.send(this.init)
    else conn.request({ type: 'loadRun', run, playing: this.init.playing }).catch(() => {})
  }

  stop(): void {
    this.saver?.stop()
    this.conn?.dispose()
    this.client?.terminate()
    this.saver = null
    this.watchdog = null
    this.conn = null
    this.client = null
  }

  /** "Start fresh": the offered run is dropped (the new run replaces it when saved). */
  startFresh(): void {
    this.runUi.setState({ offer: null })
    this.start()
  }

  /** "Resume where you left off": replays the saved run and goes to its tick. */
  async resume(saved: SavedRun): Promise<void> {
    this.runUi.setState({ offer: null })
    if (this.conn !== null) return
    this.open()
    const s = this.store.getState()
    try {
      const reply = await this.load(saved, { strict: false, play: this.init.playing })
      if (reply.result.ok || reply.replay?.failure !== undefined) {
        this.runLog.scenario = saved.scenario
        if (!reply.result.ok) this.noticeFailure(reply)
        return
      }
      s.addNotice({
        kind: 'warning',
        key: 'runs.resume.failed',
        params: { message: reply.result.error.message },
      })
    } catch (err) {
      s.addNotice({
        kind: 'warning',
        key: 'runs.resume.failed',
        params: { message: messageOf(err) },
      })
    }
    this.stop()
    this.start()
  }

  /** Restarts the simulation in a new worker, replaying the page's run to the last tick that worked. */
  async restart(): Promise<void> {
    const run = this.runLog.run()
    const s = this.store.getState()
    const at = { until: s.head, tick: s.tick }
    const scenario = this.runLog.scenario
    this.stop()
    s.resetSim()
    s.setWorkerError(null)
    if (run === null) return this.start()
    this.open()
    try {
      const reply = await this.load({ ...run, ...at }, { strict: false, play: false })
      this.runLog.scenario = scenario
      if (reply.result.ok)
        s.addNotice({ kind: 'info', key: 'worker.restored', params: { s: seconds(at.tick) } })
      else if (reply.replay?.failure !== undefined) this.noticeFailure(reply)
      else s.setWorkerError(reply.result.error.message)
    } catch (err) {
      s.setWorkerError(messageOf(err))
    }
  }

  /** Loads a checked run file (all or nothing); resolves with what went wrong, if anything. */
  async importRun(file: ParsedRun): Promise<ImportOutcome> {
    if (this.store.getState().workerError !== null) {
      this.stop()
      this.store.getState().resetSim()
      this.store.getState().setWorkerError(null)
      this.open()
    } else this.connection()
    try {
      const reply = await this.load(file, { strict: true, play: false })
      if (!reply.result.ok) {
        if (this.store.getState().view === null) this.conn?.send(this.init)
        return { ok: false, message: reply.result.error.message }
      }
      this.runLog.scenario = file.scenario
      return { ok: true, refused: reply.replay?.refused ?? [] }
    } catch (err) {
      return { ok: false, message: messageOf(err) }
    }
  }

  /** Test hook: makes the simulation fail on purpose (terminate: the worker just dies, silently). */
  crash(mode: TestCrashMode | 'terminate', ms?: number): void {
    if (mode === 'terminate') this.client?.kill?.()
    else this.connection().send({ type: 'testCrash', mode, ...(ms === undefined ? {} : { ms }) })
  }

  /** Sets the watchdog's timeout, for this connection and the next ones. */
  setWatchdogMs(ms: number): void {
    this.watchdogMs = ms
    if (this.watchdog !== null) this.watchdog.timeoutMs = ms
  }

  send(msg: ToWorker): void {
    this.connection().send(msg)
  }

  command(command: Command, thenFrame = false): Promise<CommandResult> {
    return this.connection().command(command, thenFrame)
  }

  advance(ms: number): Promise<void> {
    return this.connection().advance(ms)
  }

  seek(tick: number): Promise<void> {
    return this.connection().seek(tick)
  }

  getRun(): Promise<Run | undefined> {
    return this.connection().getRun()
  }

  private connection(): Connection {
    if (this.conn === null) throw new Error('kafkascope: the simulation is not running')
    return this.conn
  }

  private open(): Connection {
    this.client = this.makeClient()
    const store = this.store
    const watchdog = new Watchdog({
      ...(this.watchdogMs === undefined ? {} : { timeoutMs: this.watchdogMs }),
      onStall: (ms) => {
        const s = store.getState()
        s.setWorkerError(translate(s.lang, 'worker.stalled', { s: Math.round(ms / 1000) }))
      },
    })
    this.watchdog = watchdog
    this.conn = connect(store, this.client, { ...this.options, runLog: this.runLog, watchdog })
    watchdog.start()
    if (this.options.storage) {
      this.saver = new RunSaver(this.runLog, store, this.options.storage)
      this.saver.start()
    }
    return this.conn
  }

  /**
   * Replays `run` in the current simulation (paused), then goes to `run.tick` and plays if asked.
   * On a failed input (not strict) the simulation stays where the replay stopped.
   */
  private async load(
    run: Run & { until?: number | undefined; tick?: number | undefined },
    o: { strict: boolean; play: boolean },
  ): Promise<Reply> {
    const conn = this.connection()
    const msg = {
      type: 'loadRun' as const,
      run: { seed: run.seed, config: run.config, inputs: run.inputs },
      playing: false,
      strict: o.strict,
      ...(run.until === undefined ? {} : { until: run.until }),
    }
    const reply = await conn.request(msg, false, LOAD_TIMEOUT_MS)
    if (!reply.result.ok) return reply
    // The page then receives every event of the run, a few hundred a frame: a long, busy run
    // takes a while, and that is no failure.
    if (run.tick !== undefined && run.tick !== reply.tick)
      await conn.seek(run.tick, LOAD_TIMEOUT_MS)
    else await conn.seek(reply.tick ?? 0, LOAD_TIMEOUT_MS)
    if (o.play) conn.send({ type: 'play' })
    return reply
  }

  private noticeFailure(reply: Reply): void {
    const failure = reply.replay?.failure
    if (failure === undefined || reply.result.ok) return
    this.store.getState().addNotice({
      kind: 'error',
      key: 'worker.restoreFailed',
      params: { s: seconds(failure.reached), message: reply.result.error.message },
    })
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
