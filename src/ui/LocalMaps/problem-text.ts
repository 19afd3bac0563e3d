import type { NotesProblem } from '../../local/build-job';
import type { OpenProblem } from '../../local/open-notes';
import type { ShareProblem } from '../../local/share-codec';
import type { StorageProblem } from '../../local/store';
import type { Language } from '../i18n/language';
import { formatBytes, formatCount } from './format';
import type { LocalTranslate } from './messages';

/** What went wrong opening notes, in plain words: what, where, and what to do. */
export function problemText(t: LocalTranslate, language: Language, problem: OpenProblem): string {
  switch (problem.kind) {
    case 'not-utf8':
      return t('problem.not-utf8', { file: problem.file, line: problem.line });
    case 'too-big':
      return t('problem.too-big', {
        file: problem.file,
        limit: formatBytes(problem.limit, language),
      });
    case 'unreadable':
      return t('problem.unreadable', { file: problem.file, detail: problem.detail });
    case 'companion-alone':
      return t('problem.companion-alone', { file: problem.file });
    case 'nothing-to-open':
      return t('problem.nothing-to-open', { readable: problem.readable.join(', ') });
    case 'too-many':
      return t('problem.too-many', { count: problem.count, limit: problem.limit });
    case 'notes':
      return notesProblemText(t, problem.map, problem.problem);
    case 'link':
      return linkProblemText(t, language, problem.problem);
    case 'storage':
      return storageProblemText(t, problem.problem);
    case 'failed':
      return t('problem.failed', { detail: problem.detail });
  }
}

function notesProblemText(t: LocalTranslate, map: string, problem: NotesProblem): string {
  switch (problem.kind) {
    case 'no-notes':
      return t('problem.no-notes', { map, readable: problem.readable.join(', ') });
    case 'several-notes':
      return t('problem.several-notes', { map, files: problem.files.join(', ') });
  }
}

function linkProblemText(t: LocalTranslate, language: Language, problem: ShareProblem): string {
  switch (problem.kind) {
    case 'too-long':
      return t('link.too-long', {
        length: formatCount(problem.length, language),
        limit: formatCount(problem.limit, language),
      });
    case 'truncated':
      return t('link.truncated', {
        received: formatCount(problem.received, language),
        expected: formatCount(problem.expected, language),
      });
    case 'corrupted':
      return t('link.corrupted');
    case 'too-large':
      return t('link.too-large', { limit: formatBytes(problem.limit, language) });
    case 'unknown-version':
      return t('link.unknown-version', { version: problem.version });
  }
}

export function storageProblemText(t: LocalTranslate, problem: StorageProblem): string {
  switch (problem.kind) {
    case 'unavailable':
      return t('storage.unavailable');
    case 'quota':
      return t('storage.quota');
    case 'failed':
      return t('storage.failed', { detail: problem.detail });
  }
}
