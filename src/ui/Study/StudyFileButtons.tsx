import { useRef, useState } from 'react';
import { useStudyText } from './messages';
import { readStudyFile, studyFileName, toStudyFile } from './study-file';
import { studyStore } from './study-store';

type Outcome = { kind: 'imported'; count: number } | { kind: 'failed'; message: string } | null;

/**
 * Export the study progress of every map as a JSON file, and import one (a student moving to
 * another browser). The file never leaves the machine but by the student's own hand.
 */
export function StudyFileButtons() {
  const t = useStudyText();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const exportProgress = async () => {
    const now = Date.now();
    const file = toStudyFile(await studyStore().all(), now);
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = studyFileName(now);
    link.click();
    // The download has started from the URL by now; the next task may let it go.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const importProgress = async (file: File) => {
    const read = readStudyFile(await file.text());
    if (!read.ok) {
      setOutcome({ kind: 'failed', message: t(`study.importFailed.${read.problem}`) });
      return;
    }
    setOutcome({ kind: 'imported', count: await studyStore().merge(read.records) });
  };

  return (
    <div className="study-file">
      <button type="button" className="button" onClick={() => void exportProgress()}>
        {t('study.export')}
      </button>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {t('study.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={t('study.import')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importProgress(file);
        }}
      />
      {outcome?.kind === 'imported' ? (
        <p role="status" className="study-file-outcome">
          {t('study.imported', { count: outcome.count })}
        </p>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <p role="alert" className="study-file-outcome">
          {outcome.message}
        </p>
      ) : null}
    </div>
  );
}
