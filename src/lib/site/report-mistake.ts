// "Report a mistake" writes to this site's maintainers — never to the institution, which is not
// responsible for our text — with the page address and the record id filled in, so
// the maintainers know exactly what to check.
export interface MistakeReport {
  /** The maintainers' address (build-time setting REPORT_MISTAKE_EMAIL). */
  to: string;
  subject: string;
  /** The page's absolute address. */
  pageUrl: string;
  /** e.g. "service passport-eid" or "place pmlp-riga-1". */
  record: string;
  /** The first lines of the body, in the page's language ("Page: …", "Record: …", "What is wrong:"). */
  labels: { page: string; record: string; what: string };
}

export function mistakeMailto(report: MistakeReport): string {
  const body = `${report.labels.page}: ${report.pageUrl}\n${report.labels.record}: ${report.record}\n\n${report.labels.what}\n`;
  return `mailto:${report.to}?subject=${encodeURIComponent(report.subject)}&body=${encodeURIComponent(body)}`;
}
