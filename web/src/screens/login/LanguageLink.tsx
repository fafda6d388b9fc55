import { useTranslation } from 'react-i18next'

/** A link to the same page in the other language (`?lang=en`, or without it for Bahasa Indonesia). */
export function LanguageLink({ className }: { className?: string }) {
  const { t, i18n } = useTranslation('login')
  const params = new URLSearchParams(window.location.search)
  const other = i18n.language === 'en' ? 'id' : 'en'
  if (other === 'en') params.set('lang', 'en')
  else params.delete('lang')
  const query = params.toString()
  return (
    <a
      className={className}
      href={`${window.location.pathname}${query ? `?${query}` : ''}`}
      lang={other}
      hrefLang={other}
    >
      {t('language')}
    </a>
  )
}
