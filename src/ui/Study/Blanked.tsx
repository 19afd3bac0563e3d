import type { TextPart } from '../../notes/study';
import { useStudyText } from './messages';

/**
 * Text with its blanks: each blank drawn as a line and read out as "blank" (the line itself is
 * hidden from screen readers, which would otherwise spell out the underscores).
 */
export function Blanked({ parts }: { parts: readonly TextPart[] }) {
  const t = useStudyText();
  return (
    <>
      {parts.map((part, index) =>
        part.blank ? (
          <span key={index} className="study-blank">
            <span aria-hidden="true">＿＿＿</span>
            <span className="visually-hidden">{t('study.blank')}</span>
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
