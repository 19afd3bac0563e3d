/**
 * `npm run lint:cycles`: fails when files under src/ import each other in a cycle, type-only
 * imports included (STYLE.md "Boundaries the linter keeps"). ESLint's import-x/no-cycle skips
 * `import type`, and the well-kept standalone checkers need Node 22 (dependency-cruiser) or
 * TypeScript 5 (madge); the compiler we already have reads the imports (ts.preProcessFile), and
 * Tarjan's algorithm finds the strongly connected components.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = process.cwd();
const SOURCE = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(SOURCE);
const known = new Set(files);
const options: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  allowImportingTsExtensions: true,
};

const imports = new Map<string, string[]>();
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
    if (resolved && known.has(resolved.resolvedFileName)) targets.push(resolved.resolvedFileName);
  }
  imports.set(file, targets);
}

// Tarjan's strongly connected components: every component of two or more files is a cycle.
let counter = 0;
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const cycles: string[][] = [];

function connect(file: string): void {
  index.set(file, counter);
  low.set(file, counter);
  counter++;
  stack.push(file);
  onStack.add(file);
  for (const next of imports.get(file) ?? []) {
    if (!index.has(next)) {
      connect(next);
      low.set(file, Math.min(low.get(file)!, low.get(next)!));
    } else if (onStack.has(next)) {
      low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
  }
  if (low.get(file) === index.get(file)) {
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfImport = (imports.get(file) ?? []).includes(file);
    if (component.length > 1 || selfImport) cycles.push(component);
  }
}

for (const file of files) if (!index.has(file)) connect(file);

if (cycles.length === 0) {
  console.log(`No import cycles in src/ (${files.length} files, type-only imports included).`);
} else {
  console.error(`${cycles.length} import cycle(s) in src/ (type-only imports included):`);
  for (const cycle of cycles) {
    console.error(`- ${cycle.map((file) => relative(ROOT, file)).join(' ↔ ')}`);
  }
  console.error('Move what both sides need into a module of its own, so imports flow one way.');
  process.exitCode = 1;
}
