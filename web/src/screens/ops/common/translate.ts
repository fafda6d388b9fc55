import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A translation function as the pure modules take it: `useTranslate(ns)` in components, and
 * `i18next.getFixedT(language, ns)` in tests, so wording is tested in both languages without React.
 */
export type Translate = (key: string, vars?: Record<string, string | number>) => string

/** `useTranslation(ns)`'s `t` as a plain {@link Translate}, and the language it speaks. */
export function useTranslate(namespace: string): { t: Translate; language: string } {
  const { t, i18n } = useTranslation(namespace)
  const language = i18n.language
  return useMemo(
    () => ({ t: (key, vars) => (vars === undefined ? t(key) : t(key, vars)), language }),
    [t, language],
  )
}
