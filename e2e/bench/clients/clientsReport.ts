/** What a liveClients.ts process measured in one window, as its one JSON line. */
export interface ClientsReport {
  readonly connections: number
  readonly seconds: number
  /** Events received, summed over every connection (one event to 500 clients is 500 deliveries). */
  readonly deliveries: number
  /** `events` messages received, summed over every connection. */
  readonly messages: number
  /** Connections the server dropped since they opened: any is a failed run. */
  readonly disconnects: number
  /** Deliveries by latency in whole milliseconds. */
  readonly histogram: Readonly<Record<string, number>>
}

/** Several processes' reports of the same window as one. */
export function mergeReports(reports: readonly ClientsReport[]): ClientsReport {
  const histogram: Record<string, number> = {}
  for (const r of reports)
    for (const [ms, n] of Object.entries(r.histogram)) histogram[ms] = (histogram[ms] ?? 0) + n
  return {
    connections: reports.reduce((sum, r) => sum + r.connections, 0),
    seconds: Math.max(...reports.map((r) => r.seconds)),
    deliveries: reports.reduce((sum, r) => sum + r.deliveries, 0),
    messages: reports.reduce((sum, r) => sum + r.messages, 0),
    disconnects: reports.reduce((sum, r) => sum + r.disconnects, 0),
    histogram,
  }
}

/** The p-th percentile of a millisecond histogram, by the same rule as report.ts's `percentile`. */
export function histogramPercentile(histogram: Readonly<Record<string, number>>, p: number): number {
  const buckets = Object.entries(histogram)
    .map(([ms, n]) => [Number(ms), n] as const)
    .sort((a, b) => a[0] - b[0])
  const total = buckets.reduce((sum, [, n]) => sum + n, 0)
  const rank = Math.min(total - 1, Math.floor((p / 100) * total))
  let seen = 0
  for (const [ms, n] of buckets) {
    seen += n
    if (seen > rank) return ms
  }
  return Number.NaN
}
