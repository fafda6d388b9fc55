import type { VillageIssueKind } from '@pendopo/shared'
import type { ReactElement } from 'react'

import { ISSUE_HEX } from './palette.js'

const INK = '#0b1220'

/**
 * Each kind's glyph, drawn dark on a badge of the kind's colour, 32 × 32. Inline SVG: no image to download,
 * crisp at any size. Shapes are bold and few, so that a flood reads as a flood from the back of the room.
 */
const GLYPHS: Readonly<Record<VillageIssueKind, ReactElement>> = {
  flood: (
    <g fill="none" stroke={INK} strokeWidth="2.6" strokeLinecap="round">
      <path d="M6 11c2.5-2.5 4.5-2.5 6.7 0s4.5 2.5 6.7 0 4.5-2.5 6.7 0" />
      <path d="M6 17c2.5-2.5 4.5-2.5 6.7 0s4.5 2.5 6.7 0 4.5-2.5 6.7 0" />
      <path d="M6 23c2.5-2.5 4.5-2.5 6.7 0s4.5 2.5 6.7 0 4.5-2.5 6.7 0" />
    </g>
  ),
  drought: (
    <g fill="none" stroke={INK} strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round">
      <circle cx="16" cy="11" r="4" fill={INK} />
      <path d="M16 3.5v1.8M8.5 11h1.8M21.7 11h1.8M10.7 5.7l1.3 1.3M21.3 5.7 20 7" />
      <path d="M5 21h22M12 21l2 3-1.5 3M20 21l-1.5 2.5 1.5 2.5" />
    </g>
  ),
  road: (
    <g fill="none" stroke={INK} strokeWidth="2.6" strokeLinecap="round">
      <path d="M9 27 13.5 5M23 27 18.5 5" />
      <path d="M16 7v3M16 14.5v3M16 22v3" strokeWidth="2.2" />
    </g>
  ),
  clean_water: (
    <g fill={INK}>
      <path d="M16 4.5c-4.2 6-7.5 9.6-7.5 13.3a7.5 7.5 0 0 0 15 0c0-3.7-3.3-7.3-7.5-13.3z" />
      <path
        d="M13 18.5a3.2 3.2 0 0 0 3 3.2"
        fill="none"
        stroke="#ffffff"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </g>
  ),
  stunting: (
    <g fill="none" stroke={INK} strokeWidth="2.4" strokeLinecap="round">
      <circle cx="12" cy="10" r="2.8" fill={INK} />
      <path d="M12 14v7M8.5 16.5h7M12 21l-2.5 5M12 21l2.5 5" />
      <path d="M23 5v22M23 8h-2.2M23 13h-2.2M23 18h-2.2M23 23h-2.2" strokeWidth="2" />
    </g>
  ),
  landslide: (
    <g fill={INK}>
      <path d="M4.5 27.5H27.5V7.5z" opacity="0.9" />
      <circle cx="9.5" cy="13" r="2.6" />
      <circle cx="6" cy="19.5" r="1.9" />
      <circle cx="13.5" cy="7.8" r="1.7" />
    </g>
  ),
  fire: (
    <g fill={INK}>
      <path d="M16.5 3.5c.8 5.2 7.5 7.4 7.5 14.6a8 8 0 0 1-16 0c0-4.3 2.6-6.7 4.3-8.8.4 3.2 1.8 4.6 3 4.7-.2-4.2-.9-7.6 1.2-10.5z" />
    </g>
  ),
  other: (
    <g fill={INK}>
      <rect x="14.2" y="6" width="3.6" height="13" rx="1.8" />
      <circle cx="16" cy="24.2" r="2.2" />
    </g>
  ),
}

/**
 * A village issue's symbol: a rounded square (complaints are round, so the two never look alike) in the
 * kind's colour with a light edge; an "awas" (severity 3) issue gets a second ring around it.
 */
export function IssueSymbol({ kind, severity }: { kind: VillageIssueKind; severity: 1 | 2 | 3 }) {
  const colour = ISSUE_HEX[kind]
  return (
    <svg viewBox="-4 -4 40 40" width="100%" height="100%" aria-hidden="true" focusable="false">
      {severity === 3 ? (
        <rect x="-3" y="-3" width="38" height="38" rx="10" fill="none" stroke={colour} strokeWidth="2" />
      ) : null}
      <rect
        x="0.5"
        y="0.5"
        width="31"
        height="31"
        rx="7.5"
        fill={colour}
        stroke="#f3f6fc"
        strokeWidth="1.6"
      />
      {GLYPHS[kind]}
    </svg>
  )
}
