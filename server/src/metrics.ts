import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

/**
 * The server's Prometheus metrics, in a registry of its own (so tests can build several apps in one
 * process). Served at `/metrics`.
 */
export function createMetrics(probe: {
  liveClients: () => Record<string, number>
  schedulerRunning: () => boolean
}) {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'pendopo_process_' })
  return {
    registry,
    commands: new Counter({
      name: 'pendopo_commands_total',
      help: 'Commands decided, by kind and outcome (accepted, or the refusal).',
      labelNames: ['kind', 'outcome'] as const,
      registers: [registry],
    }),
    commitBatch: new Histogram({
      name: 'pendopo_commit_batch_size',
      help: 'Commands per group commit.',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512],
      registers: [registry],
    }),
    commitSeconds: new Histogram({
      name: 'pendopo_commit_seconds',
      help: 'Time to decide, write and durably commit one group.',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    }),
    headSeq: new Gauge({
      name: 'pendopo_log_head_seq',
      help: 'Seq of the last committed event.',
      registers: [registry],
    }),
    eventsPublished: new Counter({
      name: 'pendopo_live_events_published_total',
      help: 'Events fanned out to live clients (once per event, whatever the number of clients).',
      registers: [registry],
    }),
    schedulerRunning: new Gauge({
      name: 'pendopo_sla_scheduler_running',
      help: 'Whether this process runs the SLA scheduler (1); in a cluster, the one holding its lease.',
      registers: [registry],
      collect() {
        this.set(probe.schedulerRunning() ? 1 : 0)
      },
    }),
    liveClients: new Gauge({
      name: 'pendopo_live_clients',
      help: 'Connected live clients, by reader (staff, public, or one OPD).',
      labelNames: ['reader'] as const,
      registers: [registry],
      collect() {
        for (const [reader, n] of Object.entries(probe.liveClients())) this.set({ reader }, n)
      },
    }),
  }
}

export type Metrics = ReturnType<typeof createMetrics>
