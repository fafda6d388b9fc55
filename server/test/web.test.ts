import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestApp, type TestApp } from './support/createTestApp.js'

const webDir = mkdtempSync(join(tmpdir(), 'pendopo-web-'))
let t: TestApp
beforeAll(async () => {
  mkdirSync(join(webDir, 'assets'))
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Pendopo</title><div id="root"></div>')
  writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log("wall")')
  writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  t = await createTestApp({ webDir })
})
afterAll(async () => {
  await t.close()
  rmSync(webDir, { recursive: true, force: true })
})

describe('the web app', () => {
  it('[WB1] serves every screen without a credential, never cached, under a strict CSP', async () => {
    for (const path of ['/', '/wall', '/exec', '/ops']) {
      const res = await fetch(`${t.url}${path}`)
      expect(res.status, path).toBe(200)
      expect(await res.text()).toContain('<div id="root">')
      expect(res.headers.get('cache-control')).toBe('no-cache')
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/)
    }
  })

  it('[WB2] caches hashed assets for a year, and 404s an unknown asset without a credential prompt', async () => {
    const asset = await fetch(`${t.url}/assets/index-abc123.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/)
    expect((await fetch(`${t.url}/assets/missing.js`)).status).toBe(404)
    expect((await fetch(`${t.url}/favicon.svg`)).status).toBe(200)
  })

  it('[WB3] keeps the API behind its token', async () => {
    expect((await fetch(`${t.url}/api/v1/snapshot`)).status).toBe(401)
  })

  it('[WB4] says plainly when the app is not built', async () => {
    const bare = await createTestApp({ webDir: join(webDir, 'nowhere') })
    const res = await fetch(`${bare.url}/wall`)
    expect(res.status).toBe(503)
    expect(await res.text()).toMatch(/npm run build/)
    await bare.close()
  })
})
