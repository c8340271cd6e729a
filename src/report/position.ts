/** Human-facing positions: 1-based line and column, columns in Unicode code points. */

/** Maps UTF-16 offsets of one text to line:col. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** 1-based line and code-point column of an offset. */
  at(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.starts[lo];
    let col = 1;
    for (let i = lineStart; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) i++;
      col++;
    }
    return { line: lo + 1, col };
  }
  /** `line:col` of an offset. */
  label(offset: number): string {
    const { line, col } = this.at(offset);
    return `${line}:${col}`;
  }
}
