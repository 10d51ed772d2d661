import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { keptPointFields, type Protocol } from '../../shared/protocols.ts';
import type { ChartEditor } from '../editor/store.ts';
import type { CommandResult, StampPoint } from '../editor/types.ts';

/**
 * Stamp mode: a protocol chosen in the protocols panel waits here until the next click on the map
 * stamps it there. The panel arms it; the map canvas, on a click, calls `consumeStamp(editor, x, y)`
 * before placing a point: when a protocol is armed for the view shown, it is stamped (its centroid at
 * the click) and the mode ends; otherwise the canvas places a point as usual.
 */
export type StampModeState = { protocol: Protocol | null };

const stampMode = createStore<StampModeState>()(() => ({ protocol: null }));

export function armStamp(protocol: Protocol): void {
  stampMode.setState({ protocol });
}

export function clearStamp(): void {
  if (stampMode.getState().protocol !== null) stampMode.setState({ protocol: null });
}

export function armedProtocol(): Protocol | null {
  return stampMode.getState().protocol;
}

/** The protocol's points as the editor stamps them: offsets from the click and what is injected, no product. */
export function stampPointsFrom(protocol: Pick<Protocol, 'points'>): StampPoint[] {
  return protocol.points.map((p) => ({ dx: p.dx, dy: p.dy, ...keptPointFields(p) }));
}

/**
 * For the map canvas, on a click at (x, y) in map units: stamps the armed protocol there and ends stamp
 * mode, answering the editor's result; null when nothing is armed for the view shown (place a point then).
 * A refused stamp (a read-only session) keeps the mode, so the practitioner sees why in the inspector.
 */
export function consumeStamp(editor: Pick<ChartEditor, 'stamp' | 'state'>, x: number, y: number): CommandResult | null {
  const protocol = stampMode.getState().protocol;
  if (!protocol || protocol.view !== editor.state.view) return null;
  const result = editor.stamp(x, y, stampPointsFrom(protocol));
  if (result.ok) clearStamp();
  return result;
}

export function useStampMode(): Protocol | null {
  return useStore(stampMode, (state) => state.protocol);
}
