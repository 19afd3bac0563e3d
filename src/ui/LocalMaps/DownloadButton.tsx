import { useState } from 'react';
import { downloadOneFile, ONE_FILE_TEMPLATE_PATH } from '../../local/one-file';
import { useLocalMaps } from './local-maps-context';
import { useLocalMessages } from './messages';

/** "Download as one HTML file" for the kept map `name` (the template comes from the site). */
export function DownloadButton({ name }: { name: string }) {
  const t = useLocalMessages();
  const services = useLocalMaps();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  if (!services?.siteUrl) return null;
  const { library, siteUrl } = services;

  const download = async () => {
    setState({ busy: true, error: null });
    try {
      const map = await library.get(name);
      if (!map) throw new Error(name);
      await downloadOneFile(map, new URL(ONE_FILE_TEMPLATE_PATH, siteUrl).href);
      setState({ busy: false, error: null });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setState({ busy: false, error: detail });
    }
  };

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={state.busy}
        onClick={() => void download()}
      >
        {state.busy ? t('local.download.making') : t('local.download')}
      </button>
      {state.error ? (
        <p role="alert">{t('local.download.failed', { detail: state.error })}</p>
      ) : null}
    </>
  );
}
