/** `npm run --silent inspect -- <file>...` — see src/cli/cli.ts and docs/graph-format.md. */
import { runInspect } from '../src/cli/cli';

process.exitCode = runInspect(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
