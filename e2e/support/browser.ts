import { execSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { type Browser, chromium, type Page } from 'playwright-core'

/** Debian's Chromium: the one browser these tests use (never a downloaded one). */
function chromiumPath(): string {
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('Chromium is not installed: apt-get install -y chromium (.ci/run does it)')
  }
}

/** The flags this machine needs: no sandbox as root, no GPU, and no calls home (the network is closed). */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: ARGS })

/** A fresh context and page at a given viewport (a context per page: axe and cookies need it). */
export async function openPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport })
  return context.newPage()
}

export const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url))

/** Saves a screenshot under e2e/screenshots/ (kept out of git), to be looked at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const path = `${SCREENSHOTS}${name}.png`
  await page.screenshot({ path })
  return path
}
