import { useEffect, useState } from 'react';
import { useHref } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies the absolute link of the current node (basename included, via useHref) and says so
 * in a status message that screen readers announce. If the clipboard is refused (insecure
 * context, permissions), the link is shown so it can be copied by hand.
 */
export function CopyLinkButton({ to }: { to: string }) {
  const { t } = useI18n();
  const href = useHref(to);
  const [state, setState] = useState<CopyState>('idle');
  const url = new URL(href, window.location.href).toString();

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <div className="copy-link">
      <button type="button" className="button" onClick={copy}>
        {t('panel.copyLink')}
      </button>
      <span role="status" className="copy-feedback">
        {state === 'copied' ? t('panel.copied') : null}
        {state === 'failed' ? t('panel.copyFailed', { url }) : null}
      </span>
    </div>
  );
}
