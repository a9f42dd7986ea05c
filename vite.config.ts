import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * The Content-Security-Policy of the built page, as a <meta http-equiv> (the page is static, so
 * there is no server to send the header). Scripts, workers and styles only from the page's own
 * origin: no inline script, no eval, no plugins, no <base>, no form posts. React and motion set
 * styles through the CSSOM (element.style), which style-src does not restrict, so no
 * 'unsafe-inline' is needed. The dev server injects inline scripts of its own (React refresh,
 * the HMR client), so the policy applies to `vite build` only; the browser tests run against the
 * build and listen for violations.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kafkascope-csp',
    apply: 'build',
    // Right after <meta charset>, before any script or stylesheet it governs.
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`
        const charset = /<meta charset="[^"]*"\s*\/?>/i
        if (!charset.test(html)) throw new Error('kafkascope-csp: index.html has no <meta charset>')
        return html.replace(charset, (m) => `${m}\n    ${meta}`)
      },
    },
  }
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { target: 'es2022' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // Chinese is loaded on demand in the page (i18n/catalog.ts); tests have every language.
    setupFiles: ['src/ui/i18n/testSetup.ts'],
  },
})
