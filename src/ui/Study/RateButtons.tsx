import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatInterval } from './format';
import { keepKeyForButton } from './keep-key-for-button';
import { useStudyText } from './messages';
import { GRADES, type GradeName } from './scheduler';

const LABELS = {
  again: 'study.again',
  hard: 'study.hard',
  good: 'study.good',
  easy: 'study.easy',
} as const satisfies Record<GradeName, string>;

/**
 * Again / Hard / Good / Easy, with their keys (1–4) and when each would ask the card again.
 * Big enough to hit with a thumb on a touch screen (study.css).
 */
export function RateButtons({
  intervals,
  onRate,
  disabled,
}: {
  intervals: Readonly<Record<GradeName, number>>;
  onRate(grade: GradeName): void;
  disabled: boolean;
}) {
  const t = useStudyText();
  const { language } = useI18n();
  const headingId = useId();
  return (
    <div className="study-rate" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="study-rate-heading">
        {t('study.rateHeading')}
      </h3>
      <div className="study-rate-buttons">
        {GRADES.map((grade, index) => (
          <button
            key={grade}
            type="button"
            className={`button study-rate-button is-${grade}`}
            aria-keyshortcuts={String(index + 1)}
            disabled={disabled}
            onKeyDown={keepKeyForButton}
            onClick={() => onRate(grade)}
          >
            <span className="study-rate-label">
              <kbd aria-hidden="true">{index + 1}</kbd> {t(LABELS[grade])}
            </span>
            <span className="study-rate-interval">
              {t('study.nextIn', { interval: formatInterval(intervals[grade], language) })}
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}
