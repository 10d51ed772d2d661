import { describe, expect, it } from 'vitest';
import { pseudoCatalogue, pseudoLocalize } from '../../../shared/i18n/pseudo.ts';

// The pseudo-language en-XA: English accented, about 40 % longer and bracketed, so that a string that
// escaped the catalogue (plain English) or a label that is cut (no closing bracket) shows at a glance.

const KEPT = /\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+\/?>|<\/?[a-z]+\/?>/g;
/** The text a person sees, without placeholders, nesting and tags. */
const visible = (s: string) => s.replace(KEPT, '');

describe('pseudoLocalize', () => {
  it('brackets the whole string, so that a cut label shows its missing end', () => {
    for (const s of ['Save', 'New patient', 'Loading {{what}}…']) {
      const p = pseudoLocalize(s);
      expect(p.startsWith('['), p).toBe(true);
      expect(p.endsWith(']'), p).toBe(true);
    }
  });

  it('accents every ASCII letter and keeps digits and punctuation', () => {
    const source = 'Session 3 of 12: 4.5 mm, VAS 7/10';
    const p = pseudoLocalize(source);
    // The translated part (the padding that follows it may hold any letter).
    expect(p.slice(1, 1 + source.length)).not.toMatch(/[a-zA-Z]/);
    expect(p).toContain('3');
    expect(p).toContain('12: 4.5');
    expect(p).toContain('7/10');
  });

  it('keeps placeholders, nested keys and tags exactly as written', () => {
    const source = 'Hello {{name}}, {{count}} points on {{date, datetime}}: see <1>the chart</1>, <strong>now</strong> or $t(common:save)';
    const p = pseudoLocalize(source);
    for (const token of source.match(KEPT)!) expect(p).toContain(token);
    expect(p.match(KEPT)).toEqual(source.match(KEPT));
  });

  it('makes the visible text about 40 % longer (design for the longest language)', () => {
    const sentences = [
      'Once signed, the session can no longer be edited; corrections are amendments.',
      'The patient confirms the contraindication screening of today.',
      'Point by point (papule)',
      'Leave and discard {{what}}? Your changes to {{name}} are not saved.',
    ];
    for (const s of sentences) {
      const ratio = (visible(pseudoLocalize(s)).length - 2) / visible(s).length;
      expect(ratio, s).toBeGreaterThanOrEqual(1.35);
      expect(ratio, s).toBeLessThanOrEqual(1.45);
    }
    // A short label grows too (at least one character besides the brackets).
    expect(visible(pseudoLocalize('OK')).length).toBeGreaterThanOrEqual('OK'.length + 3);
  });

  it('leaves the empty string empty', () => {
    expect(pseudoLocalize('')).toBe('');
  });
});

describe('pseudoCatalogue', () => {
  it('turns every string of a nested catalogue, keeping its keys and shape', () => {
    const catalogue = { common: { save: 'Save', count_one: '{{count}} point', count_other: '{{count}} points' }, map: { legend: { title: 'Legend' } } };
    const p = pseudoCatalogue(catalogue);
    expect(Object.keys(p.common)).toEqual(Object.keys(catalogue.common));
    expect(p.common.save).toBe(pseudoLocalize('Save'));
    expect(p.common.count_other).toContain('{{count}}');
    expect(p.map.legend.title).toBe(pseudoLocalize('Legend'));
    // The source is left untouched.
    expect(catalogue.common.save).toBe('Save');
  });
});
