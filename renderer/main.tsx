import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { api } from './api.ts';
import { startLocale } from './i18n/locale.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The language is asked for first, and its catalogue loaded while the screens' code is still being
// read: the first screen is drawn in its language, never in English for a moment first.
const locale = api
  .appInfo({})
  .catch(() => null)
  .then((info) => startLocale(info?.language ?? null, info?.timeZone ?? null));
const [translator, { App }] = await Promise.all([locale, import('./App.tsx')]);
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={translator}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
