#!/usr/bin/env node
/** The `claimtrace` executable: the only place that exits the process. */
import { runCli } from './run.js';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    process.stderr.write(`claimtrace: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\nPlease report this with the input that caused it.\n`);
    process.exitCode = 70;
  });
