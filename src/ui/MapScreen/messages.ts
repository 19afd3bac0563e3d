/**
 * Strings of the map screen's handling of big maps (issue 15), beside it; the app's dictionary is
 * src/ui/i18n/messages.ts and the same typed-dictionary rule applies.
 */
import { defineMessages, useMessages, type Translator } from '../i18n/dictionary';

const MESSAGES = defineMessages(
  {
    'panel.loading': 'Loading this concept’s text…',
  },
  {
    'panel.loading': 'この概念の本文を読み込んでいます…',
  },
);

export function useMapScreenText(): Translator<keyof (typeof MESSAGES)['en']> {
  return useMessages(MESSAGES);
}
