import type { Block } from '../../notes/document/model';
import { Inlines } from './Inlines';

/** The body of a concept, block by block, as React elements (no HTML strings anywhere). */
export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <BlockElement key={`${block.line}-${index}`} block={block} />
      ))}
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
        <pre>
          <code>{block.text}</code>
        </pre>
      );
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
