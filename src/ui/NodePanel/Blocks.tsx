import type { Block, TableRow } from '../../notes/document/model';
import { ExternalLink } from './ExternalLink';
import { Inlines } from './Inlines';

/**
 * The body of a concept, block by block, as React elements (no HTML strings anywhere).
 * Footnotes and citations come last, as numbered notes at the end of the concept's text.
 */
export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  const notes = blocks.filter((block) => block.type === 'footnote');
  const body = notes.length === 0 ? blocks : blocks.filter((block) => block.type !== 'footnote');
  return (
    <>
      {body.map((block, index) => (
        <BlockElement key={`${block.line}-${index}`} block={block} />
      ))}
      {notes.length > 0 ? (
        <ol className="footnotes">
          {notes.map((note, index) =>
            note.type === 'footnote' ? (
              <li key={`${note.line}-${index}`} value={Number(note.number) || undefined}>
                <span className="footnote-label">[{note.number}]</span>{' '}
                <Blocks blocks={note.blocks} />
              </li>
            ) : null,
          )}
        </ol>
      ) : null}
    </>
  );
}

function BlockElement({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Inlines content={block.content} />
        </p>
      );
    case 'bulletList':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item.line}>
              <Blocks blocks={item.blocks} />
            </li>
          ))}
        </ul>
      );
    case 'enumeratedList':
      return (
        <ol start={block.start} type={listType(block.enumtype)}>
          {block.items.map((item) => (
            <li key={item.line}>
              <Blocks blocks={item.blocks} />
            </li>
          ))}
        </ol>
      );
    case 'definitionList':
      return (
        <dl>
          {block.items.map((item) => (
            <div key={item.line} className="definition">
              <dt>
                <Inlines content={item.term} />
                {item.classifiers.map((classifier, index) => (
                  <span key={index} className="classifier">
                    {' : '}
                    <Inlines content={classifier} />
                  </span>
                ))}
              </dt>
              <dd>
                <Blocks blocks={item.blocks} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'fieldList':
      return (
        <dl className="field-list">
          {block.fields.map((field) => (
            <div key={field.line} className="definition">
              <dt>
                <Inlines content={field.name} />
              </dt>
              <dd>
                <Blocks blocks={field.blocks} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'blockQuote':
      return (
        <blockquote>
          <Blocks blocks={block.blocks} />
          {block.attribution ? (
            <footer>
              — <Inlines content={block.attribution} />
            </footer>
          ) : null}
        </blockquote>
      );
    case 'literalBlock':
      return (
        <pre className={block.language ? `language-${block.language}` : undefined}>
          <code>{block.text}</code>
        </pre>
      );
    case 'parsedLiteral':
      return (
        <pre>
          <code>
            <Inlines content={block.content} />
          </code>
        </pre>
      );
    case 'table':
      return (
        <div className="table-wrap">
          <table>
            {block.title ? (
              <caption>
                <Inlines content={block.title} />
              </caption>
            ) : null}
            {block.header.length > 0 ? (
              <thead>
                <Rows rows={block.header} header />
              </thead>
            ) : null}
            <tbody>
              <Rows rows={block.body} />
            </tbody>
          </table>
        </div>
      );
    case 'image':
      // Images are not loaded (README: notes are untrusted and maps work offline): the text
      // that stands for them is shown, leading where the image led.
      return (
        <figure className="image">
          <p className="image-alt">
            {block.target ? (
              <ExternalLink url={block.target}>{imageText(block.alt, block.uri)}</ExternalLink>
            ) : (
              imageText(block.alt, block.uri)
            )}
          </p>
          {block.caption ? (
            <figcaption>
              <Inlines content={block.caption} />
            </figcaption>
          ) : null}
          <Blocks blocks={block.legend} />
        </figure>
      );
    case 'rubric':
      return (
        <p className="rubric">
          <Inlines content={block.content} />
        </p>
      );
    case 'footnote':
      // Placed at the end by Blocks; one nested deeper is shown where it is.
      return (
        <div className="footnote">
          <span className="footnote-label">[{block.number}]</span> <Blocks blocks={block.blocks} />
        </div>
      );
    case 'toctree':
      return (
        <nav className="toctree">
          {block.caption ? (
            <p className="rubric">
              <Inlines content={block.caption} />
            </p>
          ) : null}
          <ul>
            {block.entries.map((entry, index) => (
              <li key={`${entry.line}-${index}`}>
                {entry.title ? <Inlines content={entry.title} /> : entry.target}
              </li>
            ))}
          </ul>
        </nav>
      );
    case 'objectDescription':
      return (
        <div className="object-description">
          <p>
            <code>{block.signature}</code>
          </p>
          <Blocks blocks={block.blocks} />
        </div>
      );
    case 'include':
      return null;
    case 'admonition':
      return (
        <aside className={`admonition admonition-${block.name}`} aria-label={block.name}>
          <p className="admonition-title">
            {block.title.length > 0 ? <Inlines content={block.title} /> : capitalise(block.name)}
          </p>
          <Blocks blocks={block.blocks} />
        </aside>
      );
    case 'section':
      return (
        <section>
          <h4>
            <Inlines content={block.title} />
          </h4>
          <Blocks blocks={block.blocks} />
        </section>
      );
    case 'transition':
      return <hr />;
    case 'comment':
    case 'target':
      // Not shown by docutils' HTML writer either: comments and link targets are invisible.
      return null;
  }
}

function Rows({ rows, header = false }: { rows: readonly TableRow[]; header?: boolean }) {
  const Cell = header ? 'th' : 'td';
  return (
    <>
      {rows.map((row, rowIndex) => (
        <tr key={`${row.line}-${rowIndex}`}>
          {row.cells.map((cell, cellIndex) => (
            <Cell key={cellIndex} rowSpan={cell.rowspan} colSpan={cell.colspan}>
              <Blocks blocks={cell.blocks} />
            </Cell>
          ))}
        </tr>
      ))}
    </>
  );
}

/** What stands for an image: its alternative text, else its file name. */
function imageText(alt: string, uri: string): string {
  if (alt.trim()) return alt;
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  return `[${name || uri}]`;
}

/** docutils' enumtypes → the HTML `type` attribute of <ol>. */
function listType(enumtype: string): '1' | 'a' | 'A' | 'i' | 'I' {
  switch (enumtype) {
    case 'loweralpha':
      return 'a';
    case 'upperalpha':
      return 'A';
    case 'lowerroman':
      return 'i';
    case 'upperroman':
      return 'I';
    default:
      return '1';
  }
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
