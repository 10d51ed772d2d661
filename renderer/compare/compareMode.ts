import type { CompareData } from './compareData.ts';
import type { ToolbarCommon } from './CompareToolbar.tsx';

/** What the page hands each mode's component (side by side, overlay, course view). */
export type ModeCommon = {
  data: CompareData;
  /** "S3" per session id: S and the number in the course, or the place among the sessions compared. */
  labels: Readonly<Record<string, string>>;
  toolbar: ToolbarCommon;
  /** Told when pane `i` has drawn its markers. */
  onDrawn: (pane: number) => void;
};
