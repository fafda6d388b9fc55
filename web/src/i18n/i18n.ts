import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

export const LANGUAGES = ['id', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** Strings of one part of the screen, in both languages; each panel registers its own. */
export interface Strings {
  readonly id: Record<string, string>
  readonly en: Record<string, string>
}

/** Bahasa Indonesia unless the URL asks for English (`?lang=en`). */
export function languageOf(search: string): Language {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'id'
}

void i18next.use(initReactI18next).init({
  lng: 'id',
  fallbackLng: 'id',
  resources: {},
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
})

/**
 * Adds a namespace of strings, once. A panel calls it at module load next to its component and reads the
 * strings with `useTranslation(namespace)`; no central file to edit when a panel is added.
 */
export function registerStrings(namespace: string, strings: Strings): void {
  for (const language of LANGUAGES) {
    if (!i18next.hasResourceBundle(language, namespace))
      i18next.addResourceBundle(language, namespace, strings[language])
  }
}

export { i18next }
