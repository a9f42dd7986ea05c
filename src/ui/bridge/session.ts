// A simulation session: the store, the client and the connection between them, with start, stop
// and restart. The client is created in start() rather than in the constructor so React's
// StrictMode (which runs effects twice in development) never leaves a stray worker behind.

import type { Command, CommandResult } from '../../engine/commands'
import type { Run } from '../../engine/timeline'
import type { ToWorker } from '../../worker/protocol'
import type { SimStoreApi } from '../store/createSimStore'
import { type Connection, type ConnectOptions, connect } from './connect'
import type { SimClient } from './simClient'

export type InitMessage = Extract<ToWorker, { type: 'init' }>

export class SimSession {
  private client: SimClient | null = null
  private conn: Connection | null = null

  constructor(
    readonly store: SimStoreApi,
    private readonly makeClient: () => SimClient,
    private readonly init: InitMessage,
    private readonly options: ConnectOptions = {},
  ) {}

  get running(): boolean {
    return this.conn !== null
  }

  /** Creates the client and starts the simulation (from `run` when given, else from `init`). */
  start(run?: Run): void {
    if (this.conn !== null) return
    this.client = this.makeClient()
    this.conn = connect(this.store, this.client, this.options)
    if (run === undefined) this.conn.send(this.init)
    else this.conn.request({ type: 'loadRun', run, playing: this.init.playing }).catch(() => {})
  }

  stop(): void {
    this.conn?.dispose()
    this.client?.terminate()
    this.conn = null
    this.client = null
  }

  /** Restarts the simulation, keeping the run so far when the old host can still report it. */
  async restart(): Promise<void> {
    let run: Run | undefined
    try {
      // A host that died cannot answer: give it a moment, then start from the URL's settings.
      const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), 1500))
      const asked = this.conn?.getRun().catch(() => undefined)
      run = await Promise.race([asked, timeout])
    } catch {
      run = undefined
    }
    this.stop()
    const s = this.store.getState()
    s.resetSim()
    s.setWorkerError(null)
    this.start(run)
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
}
