/** Placeholder until the screen lands (issue 4). */
export function ExecScreen() {
  return <main>Pendopo</main>
}
