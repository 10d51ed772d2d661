import { describe, expect, it } from 'vitest';
import { Panel } from '../../../renderer/components/Panel.tsx';
import { hostElements, only, textOf } from './hostElements.ts';

describe('Panel', () => {
  it('is a fieldset titled by its legend, with its intro under the title', () => {
    const els = hostElements(
      <Panel title="Identity" intro="Who the patient is" className="screening">
        <input id="x" />
      </Panel>,
    );
    expect(els.map((e) => e.type)).toEqual(['fieldset', 'legend', 'p', 'input']);
    expect(els[0]!.props.className).toBe('form-section screening');
    expect(textOf(only(els, 'legend'))).toBe('Identity');
    expect(only(els, 'p').props.className).toBe('form-section__intro');
  });

  it('with an id is a section of the page named by its h2', () => {
    const els = hostElements(
      <Panel id="settings-audit" title="Audit trail" busy>
        <button type="button" />
      </Panel>,
    );
    const section = only(els, 'section');
    expect(section.props.id).toBe('settings-audit');
    expect(section.props['aria-labelledby']).toBe('settings-audit-title');
    expect(section.props['aria-busy']).toBe(true);
    expect(only(els, 'h2').props.id).toBe('settings-audit-title');
    expect(els.some((e) => e.type === 'p')).toBe(false);
  });
});
