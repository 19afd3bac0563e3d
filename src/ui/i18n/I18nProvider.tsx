import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useMessages, type Translator } from './dictionary';
import { initialLanguage, LANGUAGE_PREFERENCE, type Language } from './language';
import { LanguageContext, useLanguageContext, type LanguageValue } from './language-context';
import { messages, type MessageKey } from './messages';
import { writePreference } from '../preferences/storage';

export type Translate = Translator<MessageKey>;

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    writePreference(LANGUAGE_PREFERENCE, next);
    setLanguageState(next);
  }, []);

  const value = useMemo<LanguageValue>(
    () => ({
      language,
      setLanguage,
      toggleLanguage: () => setLanguage(language === 'en' ? 'ja' : 'en'),
    }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language, its setters, and `t` for the app's dictionary (messages.ts). */
export function useI18n(): LanguageValue & { t: Translate } {
  const value = useLanguageContext();
  const t = useMessages(messages);
  return { ...value, t };
}
