import type { PathOptions, StyleFunction } from 'leaflet'
import { useMemo } from 'react'
import { GeoJSON, Pane } from 'react-leaflet'

import type { GeoFeature, GeoLayer } from './geoData.js'
import { CHOROPLETH_HEX, EDGE } from './palette.js'
import { type Choropleth, inFocus, rampIndex } from './selectMap.js'

/** Panes keep the drawing order whatever loads first: fills, then kecamatan edges, then the regency's. */
const FILL_PANE = 'choropleth'
const EDGE_PANE = 'edges'

type Style = StyleFunction<GeoFeature['properties']>

/**
 * The polygons, drawn from the boundary files (no tiles). Each layer is built once; when the counts change
 * its paths are restyled in place (`setStyle`, which react-leaflet calls when `style` changes), and only when
 * a class actually changed: the styles are memoised on a key of the classes, not on the counts.
 */
export function ChoroplethLayers(props: {
  choropleth: Choropleth
  kabupaten: GeoLayer | null
  kecamatan: GeoLayer | null
  desa: GeoLayer | null
}) {
  const { choropleth, kabupaten, kecamatan, desa } = props
  const { level } = choropleth.scope
  const classesKey = classKey(choropleth)
  const focusKey = choropleth.scope.focus?.join(',') ?? ''

  const desaStyle = useMemo(() => fill(parseClassKey(classesKey)), [classesKey])
  const kecamatanStyle = useMemo<Style>(() => {
    if (level === 'kecamatan') {
      const filled = fill(parseClassKey(classesKey))
      return (f) => ({ ...filled(f), color: EDGE.kecamatan, weight: 1.2 })
    }
    const focus = focusKey ? focusKey.split(',') : null
    return (f) =>
      inFocus(f?.properties.code ?? '', focus)
        ? { fill: false, color: EDGE.focus, weight: 2.2, opacity: 1 }
        : { fillColor: EDGE.outsideFill, fillOpacity: 1, color: EDGE.kecamatan, weight: 0.8, opacity: 0.5 }
  }, [level, focusKey, level === 'kecamatan' ? classesKey : ''])
  const desaInFocus = useMemo(() => {
    const focus = focusKey ? focusKey.split(',') : null
    return desa ? { ...desa, features: desa.features.filter((f) => inFocus(f.properties.code, focus)) } : null
  }, [desa, focusKey])

  return (
    <>
      <Pane name={FILL_PANE} style={{ zIndex: 400 }}>
        {level === 'desa' && desaInFocus ? (
          <GeoJSON key={focusKey} data={desaInFocus} style={desaStyle} interactive={false} pane={FILL_PANE} />
        ) : null}
      </Pane>
      <Pane name={EDGE_PANE} style={{ zIndex: 410 }}>
        {kecamatan ? (
          <GeoJSON
            key={`${level}|${focusKey}`}
            data={kecamatan}
            style={kecamatanStyle}
            interactive={false}
            pane={EDGE_PANE}
          />
        ) : null}
        {kabupaten ? (
          <GeoJSON data={kabupaten} style={REGENCY_EDGE} interactive={false} pane={EDGE_PANE} />
        ) : null}
      </Pane>
    </>
  )
}

const REGENCY_EDGE: PathOptions = { fill: false, color: EDGE.regency, weight: 2.6, opacity: 0.9 }

/** `code:ramp,code:ramp,…`: equal exactly when every polygon's class is. */
export function classKey(c: Choropleth): string {
  const parts: string[] = []
  for (const [code, v] of c.values) parts.push(`${code}:${rampIndex(v, c.breaks)}`)
  return parts.sort().join(',')
}

function parseClassKey(key: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const part of key ? key.split(',') : []) {
    const [code = '', ramp = '0'] = part.split(':')
    out.set(code, Number(ramp))
  }
  return out
}

function fill(classes: ReadonlyMap<string, number>): Style {
  return (f) => ({
    fillColor: CHOROPLETH_HEX[classes.get(f?.properties.code ?? '') ?? 0],
    fillOpacity: 1,
    color: EDGE.desa,
    weight: 0.8,
  })
}
