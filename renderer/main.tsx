import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { api } from './api.ts';
import { App } from './App.tsx';
import { startLocale } from './i18n/locale.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The first screen is drawn in its language, never in English for a moment first.
const info = await api.appInfo({}).catch(() => null);
const translator = await startLocale(info?.language ?? null, info?.timeZone ?? null);
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={translator}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
