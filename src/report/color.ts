/** Terminal colour, only when the stream is a TTY and NO_COLOR is unset. */

/** A set of styling functions (identity when colour is off). */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

/** Colour for a stream, following the NO_COLOR convention (https://no-color.org). */
export function paintFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Paint {
  const on = !!stream.isTTY && !('NO_COLOR' in env && env.NO_COLOR !== undefined) && env.TERM !== 'dumb';
  if (!on) {
    const id = (s: string) => s;
    return { bold: id, dim: id, red: id, yellow: id, blue: id, green: id, cyan: id };
  }
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), green: wrap(32, 39), cyan: wrap(36, 39) };
}

/** No colour at all. */
export const plain: Paint = paintFor({ isTTY: false });
