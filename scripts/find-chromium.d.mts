/** Options for {@link findChromium}. */
export interface FindChromiumOptions {
  /** Try apt-get / `npx playwright install chromium` when nothing is found. Default true. */
  install?: boolean
}

/** The flags the tests and the bench launch Chromium with. */
export declare const CHROMIUM_ARGS: readonly string[]

/** Absolute path of a Chromium binary whose `--version` exits 0; throws if none can be found. */
export declare function findChromium(options?: FindChromiumOptions): string
