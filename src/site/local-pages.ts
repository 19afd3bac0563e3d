/**
 * What `vite build` writes for notes opened in the browser (src/local, src/ui/LocalMaps):
 *
 *   local/index.html                 the list of those maps, and where share links land
 *                                    (`/local/#at=…&notes=…`): a real page, so a shared link is
 *                                    answered 200 by any static host
 *   local/one-file-template.html     the app as one self-contained page without a map, which
 *                                    "Download as one HTML file" fills (src/local/one-file.ts)
 *
 * The template is made from this very build's output — no second build config: the chunks the
 * app loads are bundled again, in memory, into one script with every dynamic import inlined
 * (rolldown, Vite's own bundler), and every stylesheet into one `<style>`. The bundled maps'
 * data chunks are left out (a one-file page shows its own map only). Both elements are allowed
 * by their SHA-256 hash in the page's Content-Security-Policy, like the site's (no
 * 'unsafe-inline', nothing from any origin: a file on disk has none worth trusting).
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join, posix, resolve } from 'node:path';
import { rolldown, type OutputBundle, type OutputChunk } from 'rolldown';
import type { Plugin, ResolvedConfig } from 'vite';
import { ONE_FILE_DATA_SLOT, ONE_FILE_TEMPLATE_PATH } from '../local/one-file';
import { paths } from '../routes/paths';
import { CYTOSCAPE_CONTAINER_STYLE, styleHashSource } from './content-security-policy';
import { MAP_MODULE_PREFIX } from './virtual-maps';

/** `vite build` only: writes local/index.html and the one-file template beside the app. */
export function localPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'musubi-local-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(output, bundle) {
      if (this.environment.name !== 'client') return;
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      const outDir = output.dir ?? resolve(config.root, config.build.outDir);
      const indexHtml = String(index.source);
      await write(join(outDir, ...paths.local.page().split('/')), indexHtml);
      const favicon = await readFile(join(outDir, 'favicon.svg'), 'utf8').catch(() => null);
      const template = await oneFileTemplate(indexHtml, bundle, favicon);
      await write(join(outDir, ...ONE_FILE_TEMPLATE_PATH.split('/')), template);
      config.logger.info(
        `musubi: wrote ${paths.local.page()} and ${ONE_FILE_TEMPLATE_PATH} (${Math.round(template.length / 1024)} kB)`,
      );
    },
  };
}

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** The one-file page without its map: index.html with the app and its styles inline. */
async function oneFileTemplate(
  indexHtml: string,
  bundle: OutputBundle,
  favicon: string | null,
): Promise<string> {
  const script = inlineSafe(await oneScript(bundle));
  const style = Object.values(bundle)
    .filter((output) => output.type === 'asset' && output.fileName.endsWith('.css'))
    // The app's own stylesheet first, as index.html links it; the lazy screens' after it.
    .sort((a, b) => Number(indexHtml.includes(b.fileName)) - Number(indexHtml.includes(a.fileName)))
    .map((output) => (output.type === 'asset' ? String(output.source) : ''))
    .join('\n');

  const policy = [
    "default-src 'none'",
    `script-src ${hashSource(script)}`,
    `style-src ${styleHashSource(style)} ${styleHashSource(CYTOSCAPE_CONTAINER_STYLE)}`,
    'img-src data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  let html = indexHtml
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, () => cspMeta(policy))
    .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="(?:modulepreload|stylesheet)"[^>]*>/g, '')
    .replace(/<link rel="icon"[^>]*>/, () =>
      favicon ? `<link rel="icon" type="image/svg+xml" href="${svgDataUrl(favicon)}" />` : '',
    );
  if (!html.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error('musubi: index.html has no Content-Security-Policy to replace');
  }
  html = html
    .replace('</head>', () => `  <style>${style}</style>\n  </head>`)
    .replace(
      '</body>',
      () => `  ${ONE_FILE_DATA_SLOT}\n    <script type="module">${script}</script>\n  </body>`,
    );
  return html;
}

/**
 * The app's entry chunk and everything it imports, statically or not, bundled into one ES
 * module: the chunks already built are its input (resolved from the bundle in memory), so the
 * code is exactly the site's.
 */
async function oneScript(bundle: OutputBundle): Promise<string> {
  const chunks = new Map(
    Object.values(bundle)
      .filter((output): output is OutputChunk => output.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('musubi: the build has no entry chunk for the one-file page');

  const CHUNK = '\0musubi-chunk:';
  const build = await rolldown({
    input: CHUNK + entry.fileName,
    logLevel: 'silent',
    plugins: [
      {
        name: 'musubi-built-chunks',
        resolveId(source, importer) {
          if (source.startsWith(CHUNK)) return source;
          if (!importer?.startsWith(CHUNK)) return null;
          const from = posix.dirname(importer.slice(CHUNK.length));
          const fileName = posix.normalize(posix.join(from, source));
          if (!chunks.has(fileName)) throw new Error(`musubi: ${source} is not in the build`);
          return CHUNK + fileName;
        },
        load(id) {
          if (!id.startsWith(CHUNK)) return null;
          const chunk = chunks.get(id.slice(CHUNK.length))!;
          // A bundled map's data: not part of a page that carries its own map.
          if (chunk.facadeModuleId?.startsWith('\0' + MAP_MODULE_PREFIX)) {
            return 'export default null;';
          }
          return withoutPreloads(chunk.code);
        },
      },
    ],
  });
  try {
    const { output } = await build.generate({ format: 'es', codeSplitting: false, minify: true });
    if (output.length !== 1) throw new Error('musubi: the one-file script did not come out whole');
    return output[0].code;
  } finally {
    await build.close();
  }
}

/**
 * Vite loads a lazy chunk's stylesheet and imports through `__vitePreload(load, deps)`, the
 * deps listed by `__vite__mapDeps`; inline, there is nothing to fetch (the styles are in the
 * page), so the list is made empty. A Vite that writes it differently fails here, at build time.
 */
function withoutPreloads(code: string): string {
  if (!code.includes('__vite__mapDeps')) return code;
  const definition =
    /const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);/;
  if (!definition.test(code)) {
    throw new Error('musubi: this Vite writes __vite__mapDeps differently; update local-pages.ts');
  }
  return code.replace(definition, () => 'const __vite__mapDeps=()=>[];');
}

/**
 * Script text an HTML parser leaves alone: `</script` would end the element and `<!--` change
 * how the parser reads it. Both can only stand in strings, regular expressions or comments of
 * minified code, where `<\/` and `<\!` mean the same characters.
 */
function inlineSafe(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** A CSP hash source (`'sha256-…'`) of an inline element's exact text (CSP3 §2.3.1). */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function cspMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}">`;
}

function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
