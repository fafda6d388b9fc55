let cached: number | null = null
if (typeof window !== 'undefined') window.addEventListener('resize', () => (cached = null))

/**
 * 1rem in CSS px: the root font size, which follows the viewport (28 px at 1080p, 56 px at 4K; see
 * wall.css). Read once per viewport size: `getComputedStyle` after a DOM change forces a style recalc, and
 * the map asked for it on every live update.
 */
export function rootRem(): number {
  cached ??= parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
  return cached
}
