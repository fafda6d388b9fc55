import type { Colour, State } from '@pendopo/shared'
import { useTranslation } from 'react-i18next'

/**
 * A complaint's state in words, in its review colour. It carries the state, colour and version as data, so
 * a test can wait for a change made on another screen to arrive here.
 */
export function StatePill(props: { state: State; colour: Colour; version: number; testId?: string }) {
  const { t } = useTranslation('exec')
  return (
    <span
      className={`exec-pill is-${props.colour}`}
      data-testid={props.testId}
      data-state={props.state}
      data-colour={props.colour}
      data-version={props.version}
    >
      <span className={`exec-dot exec-bg-${props.colour}`} aria-hidden="true" />
      {t(`state.${props.state}`)}
      <span className="exec-visually-hidden">, {t(`colour.${props.colour}`)}</span>
    </span>
  )
}
