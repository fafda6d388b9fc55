/**
 * Preloaded into both servers of the memory benchmark, and only there (connectionMemory.ts compiles it to
 * JavaScript and sets `NODE_OPTIONS="--expose-gc --import <it>"`, the same for Pendopo and the baseline):
 * SIGUSR2 runs full garbage collections and then writes, to the file named by BENCH_GC_ACK, how many times
 * it has done so and the process's memory as Node counts it, so RSS is read once the garbage of connecting
 * (handshakes, snapshots) is gone rather than whenever V8 gets round to it.
 */
import { writeFileSync } from 'node:fs'

const gc = (globalThis as { gc?: () => void }).gc
let collections = 0
process.on('SIGUSR2', () => {
  // Twice: the first pass can leave objects that only a second one finds unreachable (weak maps, finalizers).
  gc?.()
  gc?.()
  const file = process.env.BENCH_GC_ACK
  if (file) writeFileSync(file, JSON.stringify({ collections: ++collections, ...process.memoryUsage() }))
})
