import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needleCatalogue } from '../../shared/needles.ts';
import type { Session } from '../../shared/session.ts';
import type { Settings } from '../../shared/settings.ts';
import { treatedAreasView } from '../map/initialFraming.ts';
import { Autosave, type SaveFn } from './autosave.ts';
import { ChartEditor } from './store.ts';

/**
 * The chart editor and its autosave for one open session, alive as long as the page shows it. Leaving
 * the page flushes what is not saved yet; so do closing or hiding the window.
 */
export function useChartEditor(session: Session, settings: Pick<Settings, 'depthRange' | 'defaults' | 'needles'>, save: SaveFn): { editor: ChartEditor; autosave: Autosave } {
  // The treated areas are in the catalogue's words: matched to the maps' regions in the screen's language.
  const { t } = useTranslation(['clinical']);
  const [pair] = useState(() => {
    const areasView = session.points.length === 0 ? treatedAreasView(t, session.treatedAreas) : null;
    const editor = new ChartEditor({ session, depthRange: settings.depthRange, defaultDepthMm: settings.defaults.depthMm, needles: needleCatalogue(settings.needles), areasView });
    return { editor, autosave: new Autosave(editor, save) };
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
