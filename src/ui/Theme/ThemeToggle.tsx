import { useI18n } from '../i18n/I18nProvider';
import { useTheme } from './ThemeProvider';

/** A switch between light and dark; its name says what pressing it does. */
export function ThemeToggle() {
  const { theme, toggleTheme } = useTheme();
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button"
      onClick={toggleTheme}
      aria-pressed={theme === 'dark'}
      aria-label={t('theme.toDark')}
      title={theme === 'dark' ? t('theme.toLight') : t('theme.toDark')}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
