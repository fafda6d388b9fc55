// Loaded with `--import` into a server under chaos: its clock runs PENDOPO_CHAOS_CLOCK_AHEAD_MS ahead of the
// machine's, as faketime would. Each restart starts further ahead, so SLA timers set days earlier fall due
// while the next kill is coming. The server reads time only through Date.now (server/src/clock.ts).
const ahead = Number(process.env.PENDOPO_CHAOS_CLOCK_AHEAD_MS ?? 0)
const machineNow = Date.now
Date.now = () => machineNow() + ahead
