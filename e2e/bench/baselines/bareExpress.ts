/**
 * The baseline the HTTP benchmarks stand beside: a bare Express app in its own process that does what any
 * JSON API must — parse the same body with the same limit — and nothing Pendopo does (no validation, no
 * store, no fan-out). `POST /api/v1/complaints` answers 201 with an id; `GET /healthz` answers 200.
 *
 * `node --import tsx bareExpress.ts` prints `{"port":N}` on one line once it listens on 127.0.0.1 (PORT, or
 * a free port).
 */
import express from 'express'

const app = express()
app.use(express.json({ limit: '64kb', strict: true }))
let id = 0
app.post('/api/v1/complaints', (req, res) => {
  const body = req.body as { source?: { externalId?: unknown } }
  res.status(201).json({ id: String(++id), externalId: body.source?.externalId ?? null })
})
app.get('/healthz', (_req, res) => {
  res.json({ ok: true })
})
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  process.stdout.write(
    `${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`,
  )
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
