import { useI18n } from '../i18n/I18nProvider';
import { usePresentText } from '../Presentation/messages';
import { formatDuration } from './timer';
import { useStepStart } from './useStepTimer';
import { useTimer } from './useTimer';

interface SpeakerClockProps {
  mapId: string;
  /** Names the current step, so its time starts again when the step changes. */
  stepKey: string;
  /** Steps begun so far (the current one included), for the average time per step. */
  stepsBegun: number;
}

/**
 * The time of day, the talk's elapsed time, the time on this step and the average per step (the
 * pace), with pause/resume and reset.
 */
export function SpeakerClock({ mapId, stepKey, stepsBegun }: SpeakerClockProps) {
  const t = usePresentText();
  const { language } = useI18n();
  const timer = useTimer(mapId);
  const stepStart = useStepStart(mapId, stepKey);
  const clock = new Date(timer.now).toLocaleTimeString(language, {
    hour: '2-digit',
    minute: '2-digit',
  });
  const figures: [string, string, string?][] = [
    [t('speaker.clock'), clock],
    [t('speaker.elapsed'), formatDuration(timer.elapsed), 'elapsed'],
    [
      t('speaker.onStep'),
      formatDuration(stepStart === null ? 0 : Math.max(0, timer.now - stepStart)),
      'on-step',
    ],
    [
      t('speaker.perStep'),
      stepsBegun > 0 ? formatDuration(timer.elapsed / stepsBegun) : '—',
      'per-step',
    ],
  ];
  return (
    <section className="speaker-clock" aria-label={t('speaker.timing')}>
      <dl className="speaker-figures">
        {figures.map(([label, value, testId]) => (
          <div key={label} className="speaker-figure">
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="speaker-clock-buttons">
        <button
          type="button"
          className="button speaker-small-button"
          onClick={timer.running ? timer.pause : timer.resume}
        >
          {timer.running ? t('speaker.pause') : t('speaker.resume')}
        </button>
        <button type="button" className="button speaker-small-button" onClick={timer.reset}>
          {t('speaker.reset')}
        </button>
      </p>
    </section>
  );
}
