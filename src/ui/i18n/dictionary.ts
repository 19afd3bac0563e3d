/**
 * The one translation mechanism. A dictionary is an English table and a Japanese one with the
 * same keys (a missing translation is a type error: two languages do not need an i18n library);
 * the app's strings are one dictionary (messages.ts) and a feature loaded on demand may keep its
 * own beside it (presenting), made with the same `defineMessages` and read with `useMessages`.
 * `{name}` marks a parameter.
 */
import { useCallback } from 'react';
import type { Language } from './language';
import { useLanguage } from './language-context';

type MessageParams = Readonly<Record<string, string | number>>;

export type Dictionary<Key extends string> = Readonly<
  Record<Language, Readonly<Record<Key, string>>>
>;

export type Translator<Key extends string> = (key: Key, params?: MessageParams) => string;

export function defineMessages<const English extends Record<string, string>>(
  en: English,
  ja: Readonly<Record<keyof English, string>>,
): Dictionary<keyof English & string> {
  return { en, ja };
}

/** The message with its `{name}` parameters filled in. */
function translate<Key extends string>(
  dictionary: Dictionary<Key>,
  language: Language,
  key: Key,
  params: MessageParams = {},
): string {
  return dictionary[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** `t` for one dictionary, in the app's current language. */
export function useMessages<Key extends string>(dictionary: Dictionary<Key>): Translator<Key> {
  const language = useLanguage();
  return useCallback(
    (key, params) => translate(dictionary, language, key, params),
    [dictionary, language],
  );
}
