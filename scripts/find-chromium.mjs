#!/usr/bin/env node
// Finds a Chromium that actually runs, for Playwright's launchOptions.executablePath.
//
// Order: $CHROMIUM_PATH, well-known system paths, Playwright's own browser cache
// (honours PLAYWRIGHT_BROWSERS_PATH). A candidate counts only if `<bin> --version` exits 0.
// If nothing is found: on Debian/Ubuntu as root, `apt-get install chromium fonts-noto-cjk`;
// otherwise print the three fixes and try `npx playwright install chromium`.
//
// CLI: `node scripts/find-chromium.mjs` prints ONLY the path on stdout (all else goes to stderr)
//      and exits 1 when no Chromium can be found or installed.
//      `--no-install` only probes; it never installs anything.
// API: `import { findChromium } from './find-chromium.mjs'` -> absolute path (throws if none);
//      CHROMIUM_ARGS, the flags it is launched with.

import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * How the tests and the bench launch it: no sandbox (root in a container), software rendering, and
 * nothing that would reach the network or update itself.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

const require = createRequire(import.meta.url)

// The bare Debian binary comes first: /usr/bin/chromium is a shell wrapper that adds
// Debian's default flags (e.g. --enable-gpu-rasterization) on top of ours.
const SYSTEM_PATHS = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  join(homedir(), 'Applications/Chromium.app/Contents/MacOS/Chromium'),
  join(homedir(), 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
]

const FIXES = [
  'No working Chromium found. Any one of these fixes it:',
  '  1. point CHROMIUM_PATH at a Chromium/Chrome binary, e.g. CHROMIUM_PATH=/usr/bin/chromium',
  '  2. install chromium with your package manager, e.g. `sudo apt-get install -y chromium`',
  '     (or `brew install --cask chromium`, `sudo dnf install chromium`, ...)',
  '  3. `npx playwright install chromium` (needs access to the Playwright download host)',
].join('\n')

let cached

const log = (msg) => process.stderr.write(`[find-chromium] ${msg}\n`)

/** True if `bin --version` exits 0 (within 20 s). */
function works(bin) {
  if (!bin || !existsSync(bin)) return false
  const r = spawnSync(bin, ['--version'], { stdio: 'ignore', timeout: 20_000 })
  return r.status === 0
}

/** Playwright's cached Chromium, if playwright-core is installed and the browser downloaded. */
function playwrightCachePath() {
  try {
    // playwright-core reads PLAYWRIGHT_BROWSERS_PATH itself when computing this path.
    return require('playwright-core').chromium.executablePath() || undefined
  } catch {
    return undefined
  }
}

function candidates() {
  const list = []
  if (process.env.CHROMIUM_PATH) list.push(process.env.CHROMIUM_PATH)
  list.push(...SYSTEM_PATHS)
  const pw = playwrightCachePath()
  if (pw) list.push(pw)
  return list
}

function probe() {
  if (process.env.CHROMIUM_PATH && !works(process.env.CHROMIUM_PATH)) {
    log(
      `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not run (\`--version\` failed); trying others`,
    )
  }
  return candidates().find(works)
}

function isDebianLike() {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8')
    const ids = osRelease
      .split('\n')
      .filter((l) => /^ID(_LIKE)?=/.test(l))
      .join(' ')
    return /\b(debian|ubuntu)\b/.test(ids)
  } catch {
    return existsSync('/etc/debian_version')
  }
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0
}

/** Runs a command with its stdout and stderr both sent to our stderr. */
function runToStderr(cmd, args, env = process.env) {
  log(`$ ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: ['ignore', 2, 2], env })
  return r.status === 0
}

function tryInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (process.platform === 'linux' && isRoot && isDebianLike() && hasCommand('apt-get')) {
    log('no working Chromium found; installing it with apt-get')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    if (
      runToStderr('apt-get', ['update'], env) &&
      runToStderr('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk'], env)
    ) {
      const found = probe()
      if (found) return found
    }
    log('apt-get did not produce a working Chromium')
  }
  process.stderr.write(`${FIXES}\n`)
  log('trying `npx playwright install chromium` ...')
  if (runToStderr('npx', ['--yes', 'playwright', 'install', 'chromium'])) {
    const found = probe()
    if (found) return found
  }
  return undefined
}

/**
 * Returns the absolute path of a Chromium binary that runs (`--version` exits 0).
 * @param {{ install?: boolean }} [options] install: try apt / `npx playwright install` when none
 *   is found (default true).
 * @returns {string}
 */
export function findChromium(options = {}) {
  const { install = true } = options
  if (cached) return cached
  let found = probe()
  if (!found && install) found = tryInstall()
  if (!found) {
    const searched = `Searched: ${candidates().join(', ')}`
    // tryInstall() has already printed the fixes.
    throw new Error(install ? `No working Chromium found. ${searched}` : `${FIXES}\n${searched}`)
  }
  cached = found
  return found
}

function isMain() {
  if (!process.argv[1]) return false
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isMain()) {
  try {
    const path = findChromium({ install: !process.argv.includes('--no-install') })
    process.stdout.write(`${path}\n`)
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
    process.exit(1)
  }
}
