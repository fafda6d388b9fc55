/**
 * What a scene asks a panel to show: the whole regency, or a group of kecamatan, or a group of OPDs.
 * Panels take it as a prop; an empty filter means everything.
 */
export interface SceneFilter {
  readonly kecamatan?: readonly string[] | undefined
  readonly opds?: readonly string[] | undefined
}

export const inFilter = (list: readonly string[] | undefined, code: string | null | undefined): boolean =>
  !list || (code !== null && code !== undefined && list.includes(code))
