import { createContext, useContext } from 'react';
import type { Language } from './language';

export interface LanguageValue {
  language: Language;
  setLanguage(language: Language): void;
  toggleLanguage(): void;
}

/** Provided by I18nProvider; read by every dictionary's `useMessages`. */
export const LanguageContext = createContext<LanguageValue | null>(null);

export function useLanguageContext(): LanguageValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('This needs an <I18nProvider> above it (see src/App.tsx).');
  return value;
}

export function useLanguage(): Language {
  return useLanguageContext().language;
}
