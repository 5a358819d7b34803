/** Something wrong with one input row: reported with its file and line, never dropped silently. */
export interface Problem {
  file: string;
  /** 1-based line number, or 0 when the problem concerns the file as a whole. */
  line: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.line > 0 ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`;
}
