// Where "Report a mistake" writes: the site's maintainers, set at build time with
// REPORT_MISTAKE_EMAIL; the default is the maintainers' mailbox on the site's own domain.
export const DEFAULT_REPORT_MISTAKE_EMAIL = 'labojumi@pieejams.lv';

export function reportMistakeEmail(): string {
  return process.env.REPORT_MISTAKE_EMAIL || DEFAULT_REPORT_MISTAKE_EMAIL;
}
