import { useI18n } from './I18nProvider';

/** Switches between English and Japanese; the label is written in the language it switches to. */
export function LanguageToggle() {
  const { t, toggleLanguage, language } = useI18n();
  return (
    <button
      type="button"
      className="button"
      onClick={toggleLanguage}
      aria-label={t('language.switchLabel')}
      lang={language === 'en' ? 'ja' : 'en'}
    >
      {t('language.switch')}
    </button>
  );
}
