// Reading Electronegativity's report and deciding which findings fail the build.
// Electronegativity exits 0 whatever it finds, so this is where its result gets a verdict.

export type Finding = {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  manualReview: boolean;
  location: string;
  sample: string;
  description: string;
};

/** A finding reviewed and argued in the README's Security section, matched by check, file and code sample. */
export type Accepted = { id: string; file: string; sample: string; reason: string };

export type Verdict = Finding & { status: 'informational' | 'accepted' | 'failing'; reason?: string };

/** The report scan.cjs writes: Electronegativity's own findings, unchanged but for flattening. */
export type Report = {
  electronVersion: string;
  checks: { global: number; atomic: number };
  errors: { file?: string; message: string }[];
  findings: Finding[];
};

export function parseReport(json: string): Report {
  const report = JSON.parse(json) as Report;
  if (!Array.isArray(report.findings) || !Array.isArray(report.errors)) throw new Error('not an Electronegativity report (no findings / errors lists)');
  return report;
}

/** INFORMATIONAL passes; anything above fails unless it is one of the argued exceptions. */
export function judge(findings: Finding[], accepted: Accepted[]): Verdict[] {
  return findings.map((f) => {
    if (f.severity === 'INFORMATIONAL') return { ...f, status: 'informational' };
    const exception = accepted.find((a) => a.id === f.id && a.file === f.file && a.sample === f.sample);
    return exception ? { ...f, status: 'accepted', reason: exception.reason } : { ...f, status: 'failing' };
  });
}

/** Exceptions that no longer match any finding: stale entries to remove from accepted.json. */
export function unusedExceptions(verdicts: Verdict[], accepted: Accepted[]): Accepted[] {
  return accepted.filter((a) => !verdicts.some((v) => v.status === 'accepted' && v.id === a.id && v.file === a.file && v.sample === a.sample));
}
