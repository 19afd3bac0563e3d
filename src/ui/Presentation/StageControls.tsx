import { useCallback, useEffect, useRef, useState } from 'react';
import { COMMANDS, STAGE_BUTTONS } from '../commands/commands';
import { useI18n } from '../i18n/I18nProvider';
import { usePresentText } from './messages';

/** How long the controls stay after the pointer last moved. */
const IDLE_MS = 2500;

/** Signs beside the buttons' words; the words are what assistive technology reads. */
const BUTTON_SIGNS: Readonly<Record<(typeof STAGE_BUTTONS)[number], string>> = {
  previous: '←',
  next: '→',
  overview: '▦',
  goTo: '⌕',
  leave: '✕',
};

/**
 * Whether the stage's controls are shown: after the mouse moves or a tap in the middle of a
 * touch screen, until the pointer rests for IDLE_MS. A talk's screen stays clean otherwise.
 */
export function useControlsShown(): { shown: boolean; wake(): void } {
  const [shown, setShown] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const wake = useCallback(() => {
    setShown(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setShown(false), IDLE_MS);
  }, []);
  useEffect(() => {
    const onMove = (event: PointerEvent) => {
      if (event.pointerType === 'mouse') wake();
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.clearTimeout(timer.current);
    };
  }, [wake]);
  return { shown, wake };
}

interface StageControlsProps {
  shown: boolean;
  /** The stage's command handlers: each button runs the command its key runs. */
  handlers: Readonly<Record<(typeof STAGE_BUTTONS)[number], () => void>>;
}

/**
 * Previous, next, overview, go to and exit as buttons, for a mouse, a phone or a tablet. They are
 * the command table's commands (commands.ts STAGE_BUTTONS): the same handler as the key, the
 * command's label as the description and its key in `aria-keyshortcuts`. Hidden while idle but
 * still focusable: keyboard focus brings them back.
 */
export function StageControls({ shown, handlers }: StageControlsProps) {
  const { t } = useI18n();
  const tp = usePresentText();
  return (
    <nav className="stage-controls" data-shown={shown} aria-label={tp('present.controls')}>
      {STAGE_BUTTONS.map((id) => {
        const command = COMMANDS[id];
        return (
          <button
            key={id}
            type="button"
            className={`stage-button stage-button-${id}`}
            title={t(command.label)}
            aria-keyshortcuts={command.keys[0]}
            onClick={handlers[id]}
          >
            <span aria-hidden="true" className="stage-button-sign">
              {BUTTON_SIGNS[id]}
            </span>
            {t(command.button)}
          </button>
        );
      })}
    </nav>
  );
}
