import { usePresentText } from './messages';
import './step-progress.css';

/** "Step 3 of 25" and a thin bar: where the talk is, readable at a glance. */
export function StepProgress({ index, total }: { index: number; total: number }) {
  const t = usePresentText();
  const label = t('present.step', { step: index + 1, total });
  return (
    <div className="step-progress">
      <p className="step-progress-text" aria-live="polite">
        {label}
      </p>
      <div
        className="step-progress-bar"
        role="progressbar"
        aria-label={t('present.progress')}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={index + 1}
        aria-valuetext={label}
      >
        <div className="step-progress-fill" style={{ width: `${((index + 1) / total) * 100}%` }} />
      </div>
    </div>
  );
}
