import { type Colour, COLOURS, type VillageIssueKind } from '@pendopo/shared'

/**
 * The map's colours in one place. Canvas drawing cannot use CSS variables, so the SLA colours are copied
 * here from `--sla-*` in theme/wall.css; palette.test.ts fails if the two drift apart.
 */
export const SLA_HEX: Readonly<Record<Colour, string>> = {
  red: '#ff5c5c',
  yellow: '#ffd43b',
  green: '#3ddc84',
  blue: '#4fa8ff',
  grey: '#8592aa',
}

/** `COLOURS` indices, most urgent first: a cluster's wedges run in this order from 12 o'clock. */
export const URGENCY_ORDER: readonly number[] = (['red', 'yellow', 'green', 'blue', 'grey'] as const).map(
  (c) => COLOURS.indexOf(c),
)

/** The SLA colours the legend names, most urgent first (grey, archived, is never open: never a point). */
export const LEGEND_COLOURS: readonly Colour[] = ['red', 'yellow', 'green', 'blue']

/** The page background (`--bg`): outlines that separate a dot from whatever it sits on. */
export const OUTLINE_HEX = '#060a13'

/**
 * The choropleth: index 0 is "no open complaint" (still lighter than the context around the focus), then
 * five classes from few to many. Violet, so that no
 * class can be mistaken for an SLA colour of the points drawn on top; brighter means more, as a dark wall
 * reads it, and the brightest class still leaves the points and the white labels the contrast they need.
 */
export const CHOROPLETH_HEX: readonly string[] = [
  '#111a2f',
  '#231f4a',
  '#33286a',
  '#47328a',
  '#5f3ea6',
  '#7c4fc2',
]

/** Polygon edges: desa and kecamatan borders, the focus kecamatan, the regency outline. */
export const EDGE = {
  desa: 'rgba(190, 205, 255, 0.22)',
  kecamatan: 'rgba(205, 218, 255, 0.55)',
  focus: '#dbe4ff',
  regency: '#e8eeff',
  /** Kecamatan outside the scene's focus: present for orientation, quiet, darker than any desa in it. */
  outsideFill: '#090e1b',
} as const

/** Each kind of village issue has its own colour (the symbol's shape says the kind as well). */
export const ISSUE_HEX: Readonly<Record<VillageIssueKind, string>> = {
  flood: '#3ec9e6',
  drought: '#ffa94d',
  road: '#c3ccd9',
  clean_water: '#74b9ff',
  stunting: '#f783ac',
  landslide: '#d4a373',
  fire: '#ff6b3d',
  other: '#e9ecef',
}
