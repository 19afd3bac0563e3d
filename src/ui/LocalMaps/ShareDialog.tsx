import { useEffect, useId, useState } from 'react';
import { encodeShare, MAX_PAYLOAD_CHARS } from '../../local/share-codec';
import type { LocalMap } from '../../local/store';
import { shareHref } from '../../routes/local-fragment';
import { Dialog } from '../Dialog/Dialog';
import { useLanguage } from '../i18n/language-context';
import { DownloadButton } from './DownloadButton';
import { formatCount } from './format';
import { useLocalMaps } from './local-maps-context';
import { useLocalMessages } from './messages';
import './local-maps.css';

/** Where chat apps and some mail programs start cutting links (the "about 2,000"). */
const CHAT_LINK_LIMIT = 2000;

type LinkState =
  { phase: 'making' } | { phase: 'made'; link: string } | { phase: 'too-long'; length: number };

/**
 * "Share": a link that carries the notes in its fragment, landing on the same place in the map
 * (`at`). It is shown in a read-only field named "Share link", with its length; past what chat
 * apps keep, the dialog says so and offers the one-file download instead.
 */
export function ShareDialog({ map, at, onClose }: { map: LocalMap; at: string; onClose(): void }) {
  const t = useLocalMessages();
  const language = useLanguage();
  const siteUrl = useLocalMaps()?.siteUrl ?? null;
  const fieldId = useId();
  const [state, setState] = useState<LinkState>({ phase: 'making' });
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!siteUrl) return;
    let current = true;
    void encodeShare({ name: map.summary.name, files: map.files }).then((payload) => {
      if (!current) return;
      if (payload.length > MAX_PAYLOAD_CHARS) {
        setState({ phase: 'too-long', length: payload.length });
        return;
      }
      const link = new URL(shareHref({ at, payload }).slice(1), siteUrl).href;
      setState({ phase: 'made', link });
    });
    return () => {
      current = false;
    };
  }, [map, at, siteUrl]);

  const copy = (link: string) =>
    void navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );

  return (
    <Dialog title={t('local.share.title', { title: map.summary.title })} onClose={onClose}>
      {state.phase === 'making' ? <p role="status">{t('local.share.making')}</p> : null}
      {state.phase === 'made' ? (
        <>
          <label htmlFor={fieldId} className="share-label">
            {t('local.share.link')}
          </label>
          <div className="share-row">
            <input
              id={fieldId}
              className="share-field"
              readOnly
              value={state.link}
              data-autofocus
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="button" onClick={() => copy(state.link)}>
              {copied ? t('local.share.copied') : t('local.share.copy')}
            </button>
          </div>
          <p>{t('local.share.length', { count: formatCount(state.link.length, language) })}</p>
          <p className="muted">{t('local.share.private')}</p>
          {state.link.length > CHAT_LINK_LIMIT ? (
            <p className="share-warning" role="note">
              {t('local.share.chatLimit')}
            </p>
          ) : null}
        </>
      ) : null}
      {state.phase === 'too-long' ? (
        <p className="share-warning" role="note">
          {t('local.share.tooLong', {
            count: formatCount(state.length, language),
            limit: formatCount(MAX_PAYLOAD_CHARS, language),
          })}
        </p>
      ) : null}
      <div className="dialog-actions">
        {state.phase !== 'making' ? <DownloadButton name={map.summary.name} /> : null}
        <button type="button" className="button" onClick={onClose}>
          {t('local.open.close')}
        </button>
      </div>
    </Dialog>
  );
}
