/** Placeholder until the screen lands (issue 4). */
export function OpsScreen() {
  return <main>Pendopo</main>
}
