/** The resolve hook of layout-hook.mjs. */
const LAYOUT_ENTRY = '/src/graph/layout/index.ts';
const WRAPPER = new URL('./timed-layout.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (resolved.url.split('?')[0].endsWith(LAYOUT_ENTRY) && context.parentURL !== WRAPPER) {
    return { ...resolved, url: WRAPPER };
  }
  return resolved;
}
