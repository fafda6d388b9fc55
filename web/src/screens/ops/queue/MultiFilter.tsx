import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A filter of several values: a disclosure button that opens a list of labelled checkboxes. Native
 * `<details>`, so it opens with Enter or Space and needs no script of its own to be accessible.
 */
export function MultiFilter({
  label,
  options,
  selected,
  onChange,
}: {
  label: string
  options: ReadonlyArray<{ value: string; label: string }>
  selected: readonly string[]
  onChange: (values: readonly string[]) => void
}) {
  const { t } = useTranslation('ops')
  const id = useId()
  const summary =
    selected.length === 0
      ? t('filter.all')
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? selected[0])
        : t('filter.some', { count: selected.length })
  return (
    <details className="desk-multi">
      <summary className={selected.length > 0 ? 'is-active' : undefined}>
        <span className="desk-label">{label}</span> <span className="desk-multi-value">{summary}</span>
      </summary>
      <fieldset className="desk-multi-list" aria-labelledby={`${id}-legend`}>
        <legend id={`${id}-legend`} className="desk-visually-hidden">
          {label}
        </legend>
        {options.map((option) => (
          <label key={option.value} className="desk-check">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? [...selected, option.value]
                    : selected.filter((value) => value !== option.value),
                )
              }
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
