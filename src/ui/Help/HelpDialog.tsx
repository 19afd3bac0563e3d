import { Dialog } from '../Dialog/Dialog';
import { useI18n } from '../i18n/I18nProvider';
import { actionsFor } from '../actions/registry';
import type { ActionContext } from '../actions/registry';
import { displayKey } from '../actions/keys';

/** The `?` overlay: every action of the active contexts with its keys, from the registry. */
export function HelpDialog({
  contexts,
  onClose,
}: {
  contexts: readonly ActionContext[];
  onClose(): void;
}) {
  const { t, language } = useI18n();
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <Dialog title={t('help.title')} onClose={onClose} className="help-dialog">
      <table className="shortcuts">
        <tbody>
          {actionsFor(contexts).map((action) => (
            <tr key={action.id}>
              <td>
                {action.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' / ' : null}
                    <kbd>{displayKey(key, isMac)}</kbd>
                  </span>
                ))}
              </td>
              <td>{action.label[language]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={onClose}>
        {t('help.close')}
      </button>
    </Dialog>
  );
}
