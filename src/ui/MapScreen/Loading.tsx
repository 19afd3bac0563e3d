import { useI18n } from '../i18n/I18nProvider';

export function Loading() {
  const { t } = useI18n();
  return (
    <main className="page loading" aria-busy="true">
      <p role="status">{t('app.loading')}</p>
    </main>
  );
}
