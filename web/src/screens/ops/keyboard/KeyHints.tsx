import { useTranslation } from 'react-i18next'

/** The keys of this page, shown where they are used: a console's shortcuts are learnt by seeing them. */
export function KeyHints({ keys }: { keys: ReadonlyArray<{ keys: readonly string[]; label: string }> }) {
  const { t } = useTranslation('ops')
  return (
    <p className="desk-keys">
      <span className="desk-visually-hidden">{t('keys.title')}: </span>
      {keys.map((hint) => (
        <span key={hint.label} className="desk-key-hint">
          {hint.keys.map((key) => (
            <kbd key={key}>{key}</kbd>
          ))}{' '}
          {hint.label}
        </span>
      ))}
    </p>
  )
}
