#!/usr/bin/env node
/** The `claimtrace` executable: the only place that exits the process. */
import { runCli } from './run.js';

// `claimtrace analyze DIR --format jsonl | head` closes the pipe early: that is the reader's
// choice, not an error, so stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    process.stderr.write(`claimtrace: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\nPlease report this with the input that caused it.\n`);
    process.exitCode = 70;
  });
