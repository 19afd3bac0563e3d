import { useI18n } from '../i18n/I18nProvider';
import { usePresentText } from '../Presentation/messages';
import { formatDuration } from './timer';
import { useTimer } from './useTimer';

/** The time of day and the talk's elapsed time, with pause/resume and reset. */
export function SpeakerClock({ mapId }: { mapId: string }) {
  const t = usePresentText();
  const { language } = useI18n();
  const timer = useTimer(mapId);
  const clock = new Date(timer.now).toLocaleTimeString(language, {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <section className="speaker-clock" aria-label={t('speaker.clock')}>
      <p>
        <span className="speaker-clock-label">{t('speaker.clock')}</span>{' '}
        <time className="speaker-clock-value">{clock}</time>
      </p>
      <p>
        <span className="speaker-clock-label">{t('speaker.elapsed')}</span>{' '}
        <span className="speaker-clock-value" data-testid="elapsed">
          {formatDuration(timer.elapsed)}
        </span>
      </p>
      <p className="speaker-clock-buttons">
        <button
          type="button"
          className="button"
          onClick={timer.running ? timer.pause : timer.resume}
        >
          {timer.running ? t('speaker.pause') : t('speaker.resume')}
        </button>
        <button type="button" className="button" onClick={timer.reset}>
          {t('speaker.reset')}
        </button>
      </p>
    </section>
  );
}
