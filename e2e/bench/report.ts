import { cpus, totalmem } from 'node:os'

/** One line of the benchmark table: our figure beside its baseline measured in the same run. */
export interface BenchRow {
  readonly figure: string
  readonly baseline: string
  readonly baselineValue: number | null
  readonly ours: number
  readonly unit: string
  /** The target, in words. */
  readonly target: string
  readonly pass: boolean
  readonly note?: string
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

/** Lowest–highest, rounded: how far a row's windows spread around the median it reports. */
export const range = (values: readonly number[]): string =>
  `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`

const round = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2)

export function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
}

/** The table as Markdown: figure, baseline, ours, ratio, target, verdict. */
export function table(rows: readonly BenchRow[]): string {
  const lines = [
    '| figure | baseline (same run) | ours | ratio | target | |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const base =
        r.baselineValue === null ? r.baseline : `${r.baseline}: ${round(r.baselineValue)} ${r.unit}`
      const ratio = r.baselineValue ? `${(r.ours / r.baselineValue).toFixed(2)}×` : '—'
      return `| ${r.figure} | ${base} | ${round(r.ours)} ${r.unit} | ${ratio} | ${r.target} | ${r.pass ? 'met' : '**missed**'}${r.note ? ` (${r.note})` : ''} |`
    }),
  ]
  return lines.join('\n')
}
