import { CHANNEL_CODES, COLOURS, OPS_IDS, STATES } from '@pendopo/shared'
import { useTranslation } from 'react-i18next'

import { useWall } from '../../../store/WallProvider.js'
import { namesOf } from '../common/names.js'

import { MultiFilter } from './MultiFilter.js'
import { DEFAULT_VIEW, type FilterKey, type QueueView, withFilter } from './queueQuery.js'

/**
 * The queue's filters and sort. Each change is a new URL (so a link shares the view); the OPD filter is
 * left out for an operator, whose queue is always its own OPD's.
 */
export function QueueFilters({
  view,
  showOpd,
  onChange,
}: {
  view: QueueView
  showOpd: boolean
  onChange: (view: QueueView) => void
}) {
  const { t, i18n } = useTranslation('ops')
  const reference = useWall((s) => s.reference)
  const names = namesOf(reference, i18n.language)
  const set = (key: FilterKey) => (values: readonly string[]) => onChange(withFilter(view, key, values))
  const filtered = Object.values(view.filters).some((list) => list.length > 0) || !view.openOnly

  return (
    <form
      className="desk-filters"
      data-testid={OPS_IDS.queue.filters}
      role="search"
      aria-label={t('filter.region')}
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="desk-chips">
        <legend className="desk-label">{t('filter.colour')}</legend>
        {COLOURS.map((colour) => {
          const on = view.filters.colour.includes(colour)
          return (
            <button
              key={colour}
              type="button"
              className={`desk-chip sla-${colour}`}
              aria-pressed={on}
              onClick={() =>
                set('colour')(
                  on ? view.filters.colour.filter((c) => c !== colour) : [...view.filters.colour, colour],
                )
              }
            >
              <span className="desk-dot" aria-hidden="true" />
              {t(`colour.${colour}`)}
            </button>
          )
        })}
      </fieldset>
      <MultiFilter
        label={t('filter.state')}
        options={STATES.map((s) => ({ value: s, label: t(`state.${s}`) }))}
        selected={view.filters.state}
        onChange={set('state')}
      />
      {showOpd && reference ? (
        <MultiFilter
          label={t('filter.opd')}
          options={reference.opds.map((o) => ({ value: o.code, label: `${o.shortName} (${o.code})` }))}
          selected={view.filters.opd}
          onChange={set('opd')}
        />
      ) : null}
      <MultiFilter
        label={t('filter.channel')}
        options={CHANNEL_CODES.map((c) => ({ value: c, label: names.channel(c) }))}
        selected={view.filters.channel}
        onChange={set('channel')}
      />
      {reference ? (
        <MultiFilter
          label={t('filter.kecamatan')}
          options={[...reference.kecamatan]
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((k) => ({ value: k.code, label: k.name }))}
          selected={view.filters.kecamatan}
          onChange={set('kecamatan')}
        />
      ) : null}
      <label className="desk-field desk-field-inline">
        <span className="desk-label">{t('filter.category')}</span>
        <select
          value={view.filters.category.length === 1 ? view.filters.category[0] : ''}
          onChange={(e) => set('category')(e.target.value ? [e.target.value] : [])}
        >
          <option value="">
            {view.filters.category.length > 1
              ? t('filter.some', { count: view.filters.category.length })
              : t('filter.allCategories')}
          </option>
          {reference?.categoryTops.map((top) => (
            <optgroup key={top.code} label={i18n.language === 'en' ? top.nameEn : top.name}>
              {reference.categories
                .filter((c) => c.top === top.code)
                .map((c) => (
                  <option key={c.code} value={c.code}>
                    {names.category(c.code)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="desk-check">
        <input
          type="checkbox"
          checked={!view.openOnly}
          onChange={(e) => onChange({ ...view, openOnly: !e.target.checked })}
        />
        {t('filter.includeClosed')}
      </label>
      <label className="desk-field desk-field-inline">
        <span className="desk-label">{t('filter.sort')}</span>
        <select
          value={view.sort}
          onChange={(e) => onChange({ ...view, sort: e.target.value as QueueView['sort'] })}
        >
          {(['due', 'received', 'updated'] as const).map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="desk-field desk-field-inline">
        <span className="desk-label">{t('filter.order')}</span>
        <select
          value={view.order}
          onChange={(e) => onChange({ ...view, order: e.target.value === 'desc' ? 'desc' : 'asc' })}
        >
          <option value="asc">{t('order.asc')}</option>
          <option value="desc">{t('order.desc')}</option>
        </select>
      </label>
      {filtered ? (
        <button
          type="button"
          className="desk-button desk-button-small"
          onClick={() => onChange({ ...DEFAULT_VIEW, sort: view.sort, order: view.order })}
        >
          {t('filter.clear')}
        </button>
      ) : null}
    </form>
  )
}
