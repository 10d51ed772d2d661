import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { byFolder, findingsOf } from '../../tools/eslint/run.ts';

// The literal-string lint of `npm test` (tools/eslint), on files made for the purpose: it must fail a
// file with words written into it and pass the same file worded through t(). Needs tools/eslint
// installed, which `npm test` (tools/eslint/run.ts) and .ci/run do.

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mesochart-eslint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function lintProject(files: Record<string, string>) {
  const { lint } = await import('../../tools/eslint/run.ts');
  return lint(['renderer', 'electron/pdf'], project(files));
}

const installed = existsSync('tools/eslint/node_modules/eslint/lib/api.js');

describe.skipIf(!installed)('the literal-string lint (tools/eslint)', () => {
  it('fails words between tags, in a conditional and in the attributes a person reads', async () => {
    const findings = await lintProject({
      'renderer/Bad.tsx': `export function Bad({ busy }: { busy: boolean }) {
  return (
    <section aria-label="Patients">
      <h1>Patient list</h1>
      <button type="button" title="Create a patient">{busy ? 'Saving…' : 'Save'}</button>
      <input placeholder="Last or first name" />
      <img src="x.png" alt="Body map" />
    </section>
  );
}
`,
    });
    const texts = findings.map((f) => f.message);
    expect(findings.every((f) => f.file === 'renderer/Bad.tsx' && f.rule === 'i18n/no-literal-string')).toBe(true);
    for (const word of ['"Patients"', 'Patient list', '"Create a patient"', "'Saving…'", "'Save'", '"Last or first name"', '"Body map"']) {
      expect(texts.some((t) => t.includes(word)), word).toBe(true);
    }
    expect(byFolder(findings)).toEqual({ renderer: findings.length });
  });

  it('passes the same screen worded through t(), and what is not words (classes, ids, roles, keys, units)', async () => {
    const findings = await lintProject({
      'renderer/patients/Good.tsx': `import { useTranslation } from 'react-i18next';
export function Good({ busy, field }: { busy: boolean; field: (name: string) => object }) {
  const { t } = useTranslation(['patients', 'common']);
  return (
    <section aria-label={t('list.title')} className="screen screen--wide" data-testid="patient-list" role="region">
      <h1 id="patients-title">{t('list.title')}</h1>
      <button type="button" title={t('list.newPatient')}>{busy ? t('common:saving') : t('common:save')}</button>
      <input type="search" autoComplete="off" {...field('lastName')} placeholder={t('list.searchPlaceholder')} />
      <p>{t('list.count', { count: 3 })} · 4–6 — {'/'} VAS</p>
    </section>
  );
}
`,
    });
    expect(findings).toEqual([]);
  });

  it('checks every string in the PDF code, except colours, fonts, ids and options', async () => {
    const bad = await lintProject({
      'electron/pdf/record.ts': `export function title(doc: { text: (s: string) => void }, n: number) {
  doc.text(\`Session \${n} of the course\`);
  doc.text('Signature');
}
`,
    });
    expect(bad.map((f) => f.file)).toEqual(['electron/pdf/record.ts', 'electron/pdf/record.ts']);
    const good = await lintProject({
      'electron/pdf/record.ts': `import type { TFunction } from 'i18next';
type Doc = { text: (s: string, o?: object) => Doc; fillColor: (c: string) => Doc; font: (f: string) => Doc };
export function title(doc: Doc, t: TFunction, n: number, kind: string) {
  doc.fillColor('#1f2937').font('NotoSans-Bold').text(t('pdf:session.title', { n }), { align: 'center' });
  if (kind === 'course') doc.text(t('pdf:course.title'));
  return \`\${n}-\${kind}\`;
}
`,
    });
    expect(good).toEqual([]);
  });

  it('counts an attempt to silence the rule inline as a finding (exceptions live in eslint.config.js)', async () => {
    const findings = await lintProject({
      'renderer/Silenced.tsx': `export function Silenced() {
  // eslint-disable-next-line i18n/no-literal-string
  return <p>Hello</p>;
}
`,
    });
    expect(findings.map((f) => f.rule).sort()).toEqual(['i18n/no-literal-string', 'inline-directive']);
  });
});

describe('the lint’s verdict', () => {
  it('keeps errors and inline silencing, and ignores other warnings', () => {
    const findings = findingsOf(
      [
        {
          filePath: '/p/renderer/a/B.tsx',
          messages: [
            { ruleId: 'i18n/no-literal-string', severity: 2, message: "words on screen: 'Save'", line: 3, column: 4 },
            { ruleId: null, severity: 1, message: "'// eslint-disable-next-line react-hooks/exhaustive-deps' has no effect because you have 'noInlineConfig'", line: 9, column: 1 },
            { ruleId: null, severity: 2, message: 'Parsing error: Unexpected token', line: 1, column: 1, fatal: true },
          ],
        },
      ],
      '/p',
    );
    expect(findings.map((f) => [f.file, f.rule])).toEqual([
      ['renderer/a/B.tsx', 'i18n/no-literal-string'],
      ['renderer/a/B.tsx', 'parse-error'],
    ]);
    expect(byFolder(findings)).toEqual({ 'renderer/a': 2 });
  });
});
