import { Dialog } from '../Dialog/Dialog';
import { useI18n } from '../i18n/I18nProvider';
import { commandsOf, type ScreenName } from '../commands/commands';
import { displayKey } from '../commands/keys';

/** The `?` overlay: exactly the commands of this screen with their keys (commands.ts). */
export function HelpDialog({ screen, onClose }: { screen: ScreenName; onClose(): void }) {
  const { t } = useI18n();
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <Dialog title={t('help.title')} onClose={onClose} className="help-dialog">
      <table className="shortcuts">
        <tbody>
          {commandsOf(screen).map((command) => (
            <tr key={command.id}>
              <td>
                {command.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' / ' : null}
                    <kbd>{displayKey(key, isMac)}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(command.label)}</td>
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
