import { useEffect, useState } from 'react';
import type { DragEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { droppedFiles, pickedFiles } from '../../local/dropped-files';
import { openFiles, type PickedFile } from '../../local/open-notes';
import { localMapId, paths } from '../../routes/paths';
import { Dialog } from '../Dialog/Dialog';
import { useMessages } from '../i18n/dictionary';
import { entryMessages } from './entry-messages';
import { useLocalMessages } from './messages';
import { OpenOutcomeView, OpenProgress } from './OpenOutcome';
import { useOpenNotes } from './useOpenNotes';
import './local-maps.css';

/**
 * "Open notes…": pick files or a folder, or drop them. Each notes file becomes a map (its
 * companion beside it), built in the worker and kept in this browser; one map opens at once,
 * several land on the list, and anything that could not be opened is named here.
 */
export function OpenNotesDialog({ onClose }: { onClose(): void }) {
  const t = useLocalMessages();
  const entry = useMessages(entryMessages);
  const navigate = useNavigate();
  const { state, run, cancel } = useOpenNotes();
  const [dragging, setDragging] = useState(false);
  const working = state.phase === 'working';

  // A file dropped beside the drop zone would make the browser leave the app to show it.
  useEffect(() => {
    const keep = (event: globalThis.DragEvent) => event.preventDefault();
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  const open = async (picked: PickedFile[]) => {
    if (picked.length === 0) return;
    const outcome = await run((context) => openFiles(picked, context));
    if (!outcome || outcome.problems.length > 0 || outcome.opened.length === 0) return;
    onClose();
    const [only] = outcome.opened;
    navigate(
      outcome.opened.length === 1 && only ? paths.map.href(localMapId(only)) : paths.local.href(),
    );
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (working) return;
    void droppedFiles(event.dataTransfer).then(open);
  };

  return (
    <Dialog
      title={t('local.open.title')}
      onClose={working ? cancel : onClose}
      className="open-notes"
    >
      <p>{t('local.open.intro')}</p>
      <div
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="muted">{t('local.open.drop')}</p>
        <div className="drop-zone-buttons">
          <label className="button file-button">
            {t('local.open.files')}
            <input
              type="file"
              multiple
              disabled={working}
              data-autofocus
              onChange={(event) => void open(pickedFiles(event.currentTarget.files))}
            />
          </label>
          <label className="button file-button">
            {t('local.open.folder')}
            <input
              type="file"
              // A folder picker: standard in every current browser, missing from React's types.
              {...{ webkitdirectory: '' }}
              disabled={working}
              onChange={(event) => void open(pickedFiles(event.currentTarget.files))}
            />
          </label>
        </div>
      </div>
      {state.phase === 'working' ? <OpenProgress progress={state.progress} /> : null}
      {state.phase === 'done' ? <OpenOutcomeView outcome={state.outcome} onOpen={onClose} /> : null}
      <div className="dialog-actions">
        <Link to={paths.local.href()} onClick={onClose} className="dialog-actions-link">
          {entry('local.list.heading')}
        </Link>
        <button type="button" className="button" onClick={working ? cancel : onClose}>
          {working ? t('local.open.cancel') : t('local.open.close')}
        </button>
      </div>
    </Dialog>
  );
}
