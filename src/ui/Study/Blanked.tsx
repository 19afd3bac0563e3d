import type { TextPart } from '../../notes/study';
import { useStudyText } from './messages';

/**
 * Text with its blanks: each blank drawn as a line and read out as "blank" (the line itself is
 * hidden from screen readers, which would otherwise spell out the underscores). Once the answer
 * shows, the blanks are filled in, marked, so the student sees where the name was.
 */
export function Blanked({
  parts,
  filled = false,
}: {
  parts: readonly TextPart[];
  filled?: boolean;
}) {
  const t = useStudyText();
  return (
    <>
      {parts.map((part, index) =>
        part.blank && filled ? (
          <mark key={index} className="study-filled">
            {part.text}
          </mark>
        ) : part.blank ? (
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
