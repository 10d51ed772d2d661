import { describe, expect, it } from 'vitest';
import { AWAITING_ACK, CHECKING_SCREENING, lockForWorkflow, unlockFromWorkflow } from '../../../renderer/sessions/workflowLock.ts';
import { editor } from '../editor/fixtures.ts';

describe('workflow lock', () => {
  it('holds the chart while the screening is checked and acknowledged, then lifts its own lock', () => {
    const e = editor();
    lockForWorkflow(e, CHECKING_SCREENING);
    expect(e.state).toMatchObject({ readOnly: true, readOnlyReason: { key: 'checkingScreening' } });
    lockForWorkflow(e, AWAITING_ACK);
    expect(e.state.readOnlyReason).toEqual({ key: 'awaitingAck' });
    expect(e.place(400, 700).ok).toBe(false);
    unlockFromWorkflow(e);
    expect(e.state).toMatchObject({ readOnly: false, readOnlyReason: null });
    expect(e.place(400, 700).ok).toBe(true);
  });

  it("never lifts a signature's lock or the store's, nor replaces them", () => {
    const signed = editor({ status: 'signed' });
    lockForWorkflow(signed, AWAITING_ACK);
    expect(signed.state.readOnlyReason).toEqual({ key: 'signed' });
    unlockFromWorkflow(signed);
    expect(signed.state).toMatchObject({ readOnly: true, readOnlyReason: { key: 'signed' } });
    const refused = editor();
    refused.setReadOnly({ key: 'locked' });
    unlockFromWorkflow(refused);
    expect(refused.state).toMatchObject({ readOnly: true, readOnlyReason: { key: 'locked' } });
  });

  it('leaves an editable chart alone', () => {
    const e = editor();
    const before = e.state;
    unlockFromWorkflow(e);
    expect(e.state).toBe(before);
  });
});
