/**
 * The few words of notes opened in the browser that every page shows (the header's buttons and
 * the list's heading): a dictionary apart from messages.ts, so the page's first load carries
 * only these.
 */
import { defineMessages } from '../i18n/dictionary';

export const entryMessages = defineMessages(
  {
    'local.open': 'Open notes…',
    'local.share': 'Share',
    'local.list.heading': 'Notes opened in this browser',
  },
  {
    'local.open': 'ノートを開く…',
    'local.share': '共有',
    'local.list.heading': 'このブラウザで開いたノート',
  },
);
