/**
 * The Problems panel's own strings in English and Japanese (its title and severity words are in
 * the app's dictionary, src/ui/i18n/messages.ts). A missing translation is a type error.
 */
import { defineMessages, useMessages, type Translator } from '../i18n/dictionary';

const en = {
  'problems.filter': 'Show problems by severity',
  'problems.filter.error': 'Errors ({count})',
  'problems.filter.warning': 'Warnings ({count})',
  'problems.filter.info': 'Info ({count})',
  'problems.places': '{count} places',
  'problems.allHidden': 'Every problem is hidden by the severity filter above.',
};

const MESSAGES = defineMessages(en, {
  'problems.filter': '重大度で絞り込む',
  'problems.filter.error': 'エラー ({count})',
  'problems.filter.warning': '警告 ({count})',
  'problems.filter.info': '情報 ({count})',
  'problems.places': '{count} か所',
  'problems.allHidden': 'すべての問題が上の重大度の絞り込みで隠れています。',
});

export function useProblemMessages(): Translator<keyof typeof en> {
  return useMessages(MESSAGES);
}
