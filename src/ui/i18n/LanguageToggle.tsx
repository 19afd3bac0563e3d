import { useI18n } from './I18nProvider';

/**
 * Switches between English and Japanese; the visible label is written in the language it
 * switches to. The explanation is visually hidden text rather than an aria-label, so the
 * accessible name contains the visible word (WCAG 2.5.3, "label in name") for voice control.
 */
export function LanguageToggle() {
  const { t, toggleLanguage, language } = useI18n();
  return (
    <button type="button" className="button" onClick={toggleLanguage}>
      <span lang={language === 'en' ? 'ja' : 'en'}>{t('language.switch')}</span>
      <span className="visually-hidden">: {t('language.switchLabel')}</span>
    </button>
  );
}
