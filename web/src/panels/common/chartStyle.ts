/**
 * The wall's colours as hex, for SVG attributes (recharts writes `fill`/`stroke` as attributes, where CSS
 * variables are not read). Keep in step with theme/wall.css.
 */
export const INK = {
  text: '#f3f6fc',
  dim: '#b3bfd9',
  edge: '#1d2942',
  grid: '#1a253b',
  accent: '#f0c14b',
  red: '#ff5c5c',
  yellow: '#ffd43b',
  green: '#3ddc84',
  blue: '#4fa8ff',
} as const

/** Axis text at the wall's floor, 1rem, in pixels for recharts (it measures and places text in px). */
export const tickStyle = (rem: number, fill: string = INK.dim) => ({
  fill,
  fontSize: rem,
  fontFamily: 'inherit',
})
