import type { Stop } from '../../notes/concepts/tour';
import { usePresentText, type PresentTranslate } from './messages';
import type { Talk } from './usePresentRoute';
import './step-progress.css';

/** "Step 3 of 25" (or "Step 6.2 of 25" on a long card's second part) and a thin bar. */
export function StepProgress({ talk }: { talk: Pick<Talk, 'tour' | 'stops' | 'at' | 'stop'> }) {
  const t = usePresentText();
  const label = stopLabel(t, talk.stop, talk.tour.steps.length);
  const last = Math.max(1, talk.stops.length - 1);
  return (
    <div className="step-progress">
      <p className="step-progress-text" aria-live="polite">
        {label}
      </p>
      <div
        className="step-progress-bar"
        role="progressbar"
        aria-label={t('present.progress')}
        aria-valuemin={0}
        aria-valuemax={last}
        aria-valuenow={talk.at}
        aria-valuetext={label}
      >
        <div className="step-progress-fill" style={{ width: `${(talk.at / last) * 100}%` }} />
      </div>
    </div>
  );
}

/** Where a stop is in the talk, in words. */
export function stopLabel(t: PresentTranslate, stop: Stop, total: number): string {
  if (stop.kind === 'title') return t('present.atTitle', { total });
  if (stop.kind === 'end') return t('present.atEnd', { total });
  return stop.parts > 1
    ? t('present.stepPart', { step: stop.index + 1, part: stop.part, total })
    : t('present.step', { step: stop.index + 1, total });
}
