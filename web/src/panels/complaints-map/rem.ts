/** 1rem in CSS px: the root font size, which follows the viewport (28 px at 1080p, 56 px at 4K). */
export const rootRem = (): number => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
