import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needleCatalogue } from '../../shared/needles.ts';
import type { Session } from '../../shared/session.ts';
import type { Settings } from '../../shared/settings.ts';
import { currentAccessView } from '../access/accessStore.ts';
import { treatedAreasView } from '../map/initialFraming.ts';
import { Autosave, type SaveFn } from './autosave.ts';
import { keepAside } from './setAsideEdits.ts';
import { ChartEditor } from './store.ts';

/**
 * The chart editor and its autosave for one open session, alive as long as the page shows it. Leaving
 * the page flushes what is not saved yet; so do closing or hiding the window. The edits are made under
 * the practitioner unlocked now (the page is gone once the app locks): if a retry finds someone else
 * unlocked, they are kept aside for their author (setAsideEdits.ts).
 */
export function useChartEditor(session: Session, settings: Pick<Settings, 'depthRange' | 'defaults' | 'needles'>, save: SaveFn): { editor: ChartEditor; autosave: Autosave } {
  // The treated areas are in the catalogue's words: matched to the maps' regions in the screen's language.
  const { t } = useTranslation(['clinical']);
  const [pair] = useState(() => {
    const areasView = session.points.length === 0 ? treatedAreasView(t, session.treatedAreas) : null;
    const editor = new ChartEditor({ session, depthRange: settings.depthRange, defaultDepthMm: settings.defaults.depthMm, needles: needleCatalogue(settings.needles), areasView });
    const view = currentAccessView();
    const author = view.phase === 'unlocked' ? { id: view.current.id, name: view.current.displayName } : null;
    const setAside = author
      ? (input: Parameters<SaveFn>[0]) =>
          keepAside({ patientId: session.patientId, sessionId: session.id, sessionDate: editor.state.fields.date, sessionTime: editor.state.fields.time, madeBy: author, input, at: Date.now() })
      : undefined;
    return { editor, autosave: new Autosave(editor, save, author && setAside ? { madeBy: author.id, setAside } : {}) };
  });
  useEffect(() => {
    const detach = pair.autosave.attachTo(window, document);
    return () => {
      detach();
      void pair.autosave.flush();
    };
  }, [pair]);
  useEffect(() => () => void pair.autosave.dispose(), [pair]);
  return pair;
}
