import type { ConceptNode } from '../../notes/concepts/model';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Where in the notes the concept is written, as `data/kubernetes.rst:12` (the form editors and
 * terminals open): one place per occurrence, in the file it is written in (a concept of a
 * notebook may be written in several files).
 */
export function SourceLines({ node }: { node: ConceptNode }) {
  const { t } = useI18n();
  if (node.occurrences.length === 0) return null;
  return (
    <p className="source-lines">
      <span className="muted">{t('panel.source')}: </span>
      {node.occurrences.map(({ file, line }, index) => (
        <span key={`${file}:${line}`}>
          {index > 0 ? ', ' : null}
          <code>{`${file}:${line}`}</code>
        </span>
      ))}
    </p>
  );
}
