/**
 * The load generator, in its own process (`node --import tsx loadGenerator.ts <url> <token> <perSecond>
 * [<seconds>]`): posts complaints at a steady rate through the public API until killed or the time is up,
 * spreading them over the regency's desa. Prints one line with what it sent when it ends.
 */
const [url, token, rateArg, secondsArg] = process.argv.slice(2)
if (!url || !token || !rateArg)
  throw new Error('usage: loadGenerator.ts <url> <token> <perSecond> [<seconds>]')
const perSecond = Number(rateArg)
const until = secondsArg ? Date.now() + Number(secondsArg) * 1000 : Number.POSITIVE_INFINITY

const reference = (await (
  await fetch(`${url}/api/v1/reference`, { headers: { authorization: `Bearer ${token}` } })
).json()) as {
  desa: Array<{ code: string }>
  categories: Array<{ code: string }>
}
let sent = 0
let failed = 0
const pick = <T>(list: T[], i: number): T => list[(i * 7919) % list.length] as T

const post = async (i: number) => {
  const res = await fetch(`${url}/api/v1/complaints`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      source: { channel: 'web', externalId: `load-${process.pid}-${i}` },
      title: `Laporan uji beban ${i}`,
      body: 'Laporan otomatis dari pembangkit beban benchmark.',
      category: pick(reference.categories, i).code,
      location: { desaCode: pick(reference.desa, i).code },
      reportedAt: new Date().toISOString(),
      reporter: { anonymous: true, confidential: false },
    }),
  }).catch(() => undefined)
  if (res?.ok) sent++
  else failed++
}

const started = Date.now()
let i = 0
const stop = () => {
  process.stdout.write(`${JSON.stringify({ sent, failed, seconds: (Date.now() - started) / 1000 })}\n`)
  process.exit(0)
}
process.on('SIGTERM', stop)
// Paced by the clock, not by responses: the rate holds whatever the latency.
const timer = setInterval(() => {
  const due = Math.floor(((Date.now() - started) / 1000) * perSecond)
  while (i < due) void post(i++)
  if (Date.now() >= until) {
    clearInterval(timer)
    setTimeout(stop, 500)
  }
}, 10)
