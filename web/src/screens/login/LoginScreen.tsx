/** Placeholder until the screen lands (issue 4). */
export function LoginScreen() {
  return <main>Pendopo</main>
}
