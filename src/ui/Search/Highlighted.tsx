import type { Snippet } from './snippet';

/** A snippet with its match in <mark>, built from text nodes (never from HTML). */
export function Highlighted({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.before}
      <mark>{snippet.match}</mark>
      {snippet.after}
    </>
  );
}
