/**
 * The static HTML pages `vite build` writes next to the app, so deep links work on any static
 * host without rewrite rules and link previews show the concept:
 *
 *   <map>/index.html                         the map, titled with the notes' title
 *   <map>/node/<id>/index.html               one per concept: `Label — Map title`, description,
 *                                            Open Graph
 *   <map>/{present,speaker}/<id>/index.html  every step of the default tour, and
 *   <map>/{present,speaker}/<tour>/<id>/...  of each named tour, titled like the concept
 *   <map>/handout[/<tour>]/index.html        the printable handouts
 *   <map>/study[/<id>]/index.html            study mode, and each of its cards (a reload of a
 *                                            card's URL must find a page too)
 *   404.html                                 the app itself, for any other path
 *
 * Each page is the built index.html with its head rewritten; the app boots from it and reads the
 * URL. Asset URLs in index.html are absolute (Vite's `base` must be absolute; the plugin checks),
 * so the same HTML works at every depth. Directory names are the raw Unicode ids: static hosts
 * (and Vite's preview server) percent-decode the request path before looking up the file.
 */
import type { ConceptGraph, ConceptNode } from '../notes/concepts/model';
import { defaultTour, type ResolvedTour } from '../notes/concepts/tour';
import { studyCards } from '../notes/study';
import { paths } from '../routes/paths';
import { escapeHtml } from './escape-html';

export interface PageMeta {
  title: string;
  description: string;
  /** Open Graph type: `website` for a map, `article` for a concept. */
  type: 'website' | 'article';
}

interface StaticPage {
  /** Relative to the output directory, `/`-separated. */
  path: string;
  html: string;
}

export interface StaticPages {
  pages: StaticPage[];
  /** Maps or concepts skipped because their id cannot be a directory name. */
  skipped: string[];
}

/** How much of a concept's text goes into its description (search engines show ~160). */
export const DESCRIPTION_LENGTH = 160;

const SITE_NAME = 'Musubi';

export function staticPages(indexHtml: string, graphs: readonly ConceptGraph[]): StaticPages {
  const pages: StaticPage[] = [{ path: '404.html', html: indexHtml }];
  const skipped: string[] = [];
  for (const graph of graphs) {
    if (!isSafeSegment(graph.mapId)) {
      skipped.push(`map "${graph.mapId}"`);
      continue;
    }
    pages.push({
      path: paths.map.page(graph.mapId),
      html: withMeta(indexHtml, mapMeta(graph)),
    });
    for (const node of graph.nodes) {
      if (!isSafeSegment(node.id)) {
        skipped.push(`concept "${node.id}" in map "${graph.mapId}"`);
        continue;
      }
      pages.push({
        path: paths.node.page(graph.mapId, node.id),
        html: withMeta(indexHtml, nodeMeta(node, graph)),
      });
    }
    pages.push(...presentationPages(indexHtml, graph, skipped));
    pages.push(...studyPages(indexHtml, graph));
  }
  return { pages, skipped };
}

/**
 * Pages for presenting: a shared link to a step ("we are here") or a handout must answer 200 with
 * the app on a host without rewrite rules, like a concept's link does.
 */
function presentationPages(
  indexHtml: string,
  graph: ConceptGraph,
  skipped: string[],
): StaticPage[] {
  const pages: StaticPage[] = [];
  const nodesById = new Map(graph.nodes.map((node) => [node.id as string, node]));
  const tours: ResolvedTour[] = [defaultTour(graph), ...graph.tours];
  for (const tour of tours) {
    if (tour.name !== null && !isSafeSegment(tour.name)) {
      skipped.push(`tour "${tour.name}" in map "${graph.mapId}"`);
      continue;
    }
    pages.push({
      path: paths.handout.page(graph.mapId, tour.name),
      html: withMeta(indexHtml, handoutMeta(graph, tour)),
    });
    for (const id of tour.steps) {
      const node = nodesById.get(id);
      if (!node || !isSafeSegment(id)) continue; // skipped (and said) with the concept pages
      const html = withMeta(indexHtml, nodeMeta(node, graph));
      const step = { tour: tour.name, id };
      pages.push({ path: paths.present.page(graph.mapId, step), html });
      pages.push({ path: paths.speaker.page(graph.mapId, step), html });
    }
  }
  return pages;
}

/**
 * Pages for studying: the session, and a page per card, since the session moves from card URL to
 * card URL and a reload there must answer with the app. A card's page is titled "Study", never
 * with the concept's name: "name it" asks for that name.
 */
function studyPages(indexHtml: string, graph: ConceptGraph): StaticPage[] {
  const html = withMeta(indexHtml, {
    title: `${plainLine(graph.title)} — study`,
    description: mapMeta(graph).description,
    type: 'website',
  });
  const pages: StaticPage[] = [{ path: paths.study.page(graph.mapId), html }];
  for (const card of studyCards(graph)) {
    // Concepts whose id cannot be a directory are skipped (and said) with the concept pages.
    if (isSafeSegment(card.id))
      pages.push({ path: paths.study.cardPage(graph.mapId, card.id), html });
  }
  return pages;
}

function handoutMeta(graph: ConceptGraph, tour: ResolvedTour): PageMeta {
  const title = tour.name === null ? graph.title : `${tour.title} — ${graph.title}`;
  return {
    title: `${plainLine(title)} — handout`,
    description: mapMeta(graph).description,
    type: 'article',
  };
}

function nodeMeta(node: ConceptNode, graph: ConceptGraph): PageMeta {
  const context = node.path.length > 0 ? node.path.join(' › ') : graph.title;
  const text = plainLine(node.text);
  return {
    title: `${plainLine(node.label)} — ${plainLine(graph.title)}`,
    description: truncate(text || `${plainLine(node.label)} (${plainLine(context)})`),
    type: 'article',
  };
}

function mapMeta(graph: ConceptGraph): PageMeta {
  const names = [...graph.nodes]
    .sort((a, b) => a.order - b.order)
    .filter((node) => node.kind !== 'title')
    .map((node) => plainLine(node.label));
  const count = `${graph.nodes.length} concept${graph.nodes.length === 1 ? '' : 's'}`;
  return {
    title: `${plainLine(graph.title)} — ${SITE_NAME}`,
    description: truncate(`Concept map, ${count}: ${names.join(', ')}`),
    type: 'website',
  };
}

/**
 * index.html with its `<title>` replaced and description / Open Graph tags added at the end of
 * its head (replacing any it had). Everything from the notes is escaped here, nowhere else.
 */
export function withMeta(indexHtml: string, meta: PageMeta): string {
  const title = `<title>${escapeHtml(meta.title)}</title>`;
  const tags = [
    metaTag('name', 'description', meta.description),
    metaTag('property', 'og:title', meta.title),
    metaTag('property', 'og:description', meta.description),
    metaTag('property', 'og:type', meta.type),
    metaTag('property', 'og:site_name', SITE_NAME),
  ];
  // Replacer functions, not strings: in a replacement string `$&` or `$'` from the notes would
  // splice parts of the page back in.
  let html = indexHtml.replace(
    /[ \t]*<meta\s+(?:name=["']description["']|property=["']og:[^"']*["'])[^>]*>[ \t]*\r?\n?/gi,
    () => '',
  );
  html = /<title>[\s\S]*?<\/title>/i.test(html)
    ? html.replace(/<title>[\s\S]*?<\/title>/i, () => title)
    : insertAtHeadEnd(html, [title]);
  return insertAtHeadEnd(html, tags);
}

/** Each line indented like the head's children, before `</head>` (which keeps its own indent). */
function insertAtHeadEnd(html: string, lines: readonly string[]): string {
  const end = /(\s*)<\/head>/i.exec(html);
  if (!end) throw new Error('index.html has no </head>: cannot write the node pages');
  const inserted = lines.map((line) => `\n    ${line}`).join('');
  return html.slice(0, end.index) + inserted + html.slice(end.index);
}

function metaTag(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
}

/** One line of plain text: whitespace runs collapsed, control characters dropped. */
function plainLine(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** At most DESCRIPTION_LENGTH characters (code points, so no emoji is cut in half). */
export function truncate(text: string, length = DESCRIPTION_LENGTH): string {
  const chars = Array.from(text);
  if (chars.length <= length) return text;
  return `${chars
    .slice(0, length - 1)
    .join('')
    .trimEnd()}…`;
}

/** A name that is one directory: not empty, not `.` or `..`, no separators or NUL. */
export function isSafeSegment(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}
