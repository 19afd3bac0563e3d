import type { GraphDiagnostic } from '../../notes/concepts/model';
import { useI18n } from '../i18n/I18nProvider';
import { SEVERITY_ICON, worstSeverity } from './problem-list';
import './problems.css';

interface ProblemsButtonProps {
  diagnostics: readonly GraphDiagnostic[];
  open: boolean;
  onToggle(): void;
}

/**
 * The header's "Problems" toggle with a count badge. The badge takes the colour and the icon
 * of the most serious problem (an error looks different from a warning even without colour);
 * with no problems it is hidden, and the button still opens the panel's "No problems".
 */
export function ProblemsButton({ diagnostics, open, onToggle }: ProblemsButtonProps) {
  const { t } = useI18n();
  const worst = worstSeverity(diagnostics);
  return (
    <button type="button" className="button problems-button" aria-pressed={open} onClick={onToggle}>
      {/* The name comes from the content, not an aria-label, so it contains the visible word
          (WCAG 2.5.3): "Problems" + the hidden "(4)"; the badge is for the eyes only. */}
      {t('problems.title')}
      {worst ? (
        <span className={`problems-badge severity-${worst}`} aria-hidden="true">
          {SEVERITY_ICON[worst]} {diagnostics.length}
        </span>
      ) : null}
      <span className="visually-hidden">{` (${diagnostics.length})`}</span>
    </button>
  );
}
