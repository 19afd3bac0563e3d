import { lazy, Suspense, useState } from 'react';
import { useMessages } from '../i18n/dictionary';
import { entryMessages } from './entry-messages';

const OpenNotesDialog = lazy(async () => ({
  default: (await import('./screens')).OpenNotesDialog,
}));

/** "Open notes…": the dialog and everything behind it load when first asked for. */
export function OpenNotesButton() {
  const entry = useMessages(entryMessages);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {entry('local.open')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <OpenNotesDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
