import type { VillageIssueKind } from '@pendopo/shared'
import { useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { numberFormat } from '../../i18n/format.js'

import { IssueSymbol } from './IssueSymbol.js'
import styles from './MapPanel.module.css'
import { CHOROPLETH_HEX, LEGEND_COLOURS, SLA_HEX } from './palette.js'
import type { Box } from './placeLabels.js'
import { type Choropleth, legendSteps } from './selectMap.js'

/**
 * Where the legends go, beside the fitted map, never over it: a strip along the `bottom` (the regency and
 * wide areas leave room there), or a `side` column on the left (a compact kecamatan in a wide panel).
 */
export type LegendLayout = 'bottom' | 'side'

/** The side column's width, in rem (CSS `.legends[data-layout='side']` uses the same). */
export const SIDE_LEGEND_REM = 10

/**
 * The map's legends. The box they take (stage coordinates) is reported whenever their content or layout
 * changes or they change size: the map is fitted beside it, and names are kept out of it. A `probe` is an
 * invisible copy laid out as a strip, there only to be measured.
 */
export function MapLegends(props: {
  choropleth: Choropleth
  kinds: readonly VillageIssueKind[]
  layout: LegendLayout
  onBox: (box: Box | null) => void
  probe?: boolean
}) {
  const { choropleth, kinds, layout, onBox, probe = false } = props
  const { t, i18n } = useTranslation('map')
  const ref = useRef<HTMLDivElement>(null)
  const contentKey = `${layout}|${choropleth.scope.level}|${choropleth.scope.measure}|${choropleth.breaks.join(',')}|${kinds.join(',')}|${i18n.language}`
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const report = () =>
      onBox({
        x0: el.offsetLeft,
        y0: el.offsetTop,
        x1: el.offsetLeft + el.offsetWidth,
        y1: el.offsetTop + el.offsetHeight,
      })
    report()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(report)
    observer.observe(el)
    return () => observer.disconnect()
  }, [contentKey, onBox])

  const { level, measure } = choropleth.scope
  const label = stepLabel(i18n.language, measure === 'open' ? 'count' : 'share')
  return (
    <div
      ref={ref}
      className={`${styles.legends} ${probe ? styles.probe : ''}`}
      data-layout={layout}
      aria-hidden={probe || undefined}
    >
      <div className={styles.block}>
        <span className={styles.blockTitle}>
          {t(measure === 'open' ? `legend.open.${level}` : 'legend.overdueShare')}
        </span>
        <span className={styles.bar}>
          {legendSteps(choropleth).map((s) => (
            <span key={s.from} className={styles.segment} style={{ background: CHOROPLETH_HEX[s.ramp] }}>
              {label(s.from, s.last)}
            </span>
          ))}
        </span>
      </div>
      {kinds.length > 0 ? (
        <div className={styles.block}>
          {kinds.map((k) => (
            <span key={k} className={styles.key}>
              <span className={styles.keySymbol}>
                <IssueSymbol kind={k} severity={1} />
              </span>
              {t(`kind.${k}`)}
            </span>
          ))}
        </div>
      ) : null}
      <div className={styles.block}>
        {LEGEND_COLOURS.map((c) => (
          <span key={c} className={styles.key}>
            <span className={styles.dot} style={{ background: SLA_HEX[c] }} />
            {t(`sla.${c}`)}
          </span>
        ))}
      </div>
    </div>
  )
}

/**
 * A class's label in the legend's bar: its lower bound (each class runs up to the next), the last one
 * marked open-ended: "1", "200", "≥ 1.000"; "0 %", "10 %", "≥ 75 %".
 */
export function stepLabel(
  language: string,
  kind: 'count' | 'share',
): (from: number, last: boolean) => string {
  const number = numberFormat(language)
  return (from, last) => {
    const text = kind === 'share' ? `${number.format(Math.round(from * 100))} %` : number.format(from)
    return last ? `≥ ${text}` : text
  }
}
