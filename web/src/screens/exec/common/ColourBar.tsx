import { useTranslation } from 'react-i18next'

import { type Tally, TALLY_COLOURS } from '../areas/selectAreas.js'

/**
 * Open complaints as one bar split by colour, its length relative to `scale` (the list's largest), so rows
 * compare at a glance. Read out as counts per colour: the colours are never the only carrier of meaning.
 */
export function ColourBar({ tally, scale }: { tally: Tally; scale: number }) {
  const { t } = useTranslation('exec')
  const total = TALLY_COLOURS.reduce((sum, c) => sum + tally[c], 0)
  const width = scale > 0 ? (100 * total) / scale : 0
  return (
    <span className="exec-bar" role="img" aria-label={t('row.bar', tally)}>
      <span className="exec-bar-fill" style={{ width: `${width}%` }}>
        {TALLY_COLOURS.map((c) =>
          tally[c] > 0 ? (
            <span key={c} className={`exec-bar-part exec-bg-${c}`} style={{ flexGrow: tally[c] }} />
          ) : null,
        )}
      </span>
    </span>
  )
}
