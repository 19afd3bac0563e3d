import { Suspense, useState } from 'react';
import type { ComponentType } from 'react';
import { useMessages } from '../i18n/dictionary';
import { entryMessages } from './entry-messages';

/**
 * "Open notes…" and its dialog, given by the caller: loaded on demand from the header and the
 * map list (entry.tsx), already there inside the local list's own chunk.
 */
export function OpenNotesButton({
  dialog: Dialog,
}: {
  dialog: ComponentType<{ onClose(): void }>;
}) {
  const entry = useMessages(entryMessages);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {entry('local.open')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <Dialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
