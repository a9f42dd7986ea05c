import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const isCI = !!process.env.CI

// E2E_PORT lets a second checkout run its browser tests while another holds 4173.
const PORT = Number(process.env.E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${PORT}`

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: path.join(root, 'test-results'),
  fullyParallel: false,
  workers: isCI ? 1 : 2,
  retries: 0,
  forbidOnly: isCI,
  // 'list' prints the closing "N passed" line that CI greps for.
  reporter: 'list',
  timeout: 30_000,
  // The monkey (two minutes of random input, MONKEY_MS) is its own project, so it runs beside
  // the others instead of after them; `npm test` runs both. --project=app skips it.
  projects: [
    { name: 'app', testIgnore: /monkey\.spec\.ts$/ },
    { name: 'monkey', testMatch: /monkey\.spec\.ts$/ },
  ],
  use: {
    baseURL,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      // Debian's chromium (or $CHROMIUM_PATH / Playwright's cache); see scripts/find-chromium.mjs.
      executablePath: findChromium(),
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    // vite directly (not npx) so stopping the server leaves no stray child process.
    command: `node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: baseURL,
    cwd: root,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
})
