// The first screen waits on three answers (who is unlocked, the language, the patients) and on the
// screens' code. Only the door to the main process is loaded before the first two are asked, so the
// questions travel while the rest of the code (React, the catalogue, the screens) is read.
import { api } from './api.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const access = api.listPractitioners({}).catch(() => null);
const info = api.appInfo({}).catch(() => null);

const [{ StrictMode }, { createRoot }, { I18nextProvider }, { startLocale }, { applyAccess }, { App }] = await Promise.all([
  import('react'),
  import('react-dom/client'),
  import('react-i18next'),
  import('./i18n/locale.ts'),
  import('./access/accessStore.ts'),
  import('./App.tsx'),
]);
// The first screen is drawn in its language, never in English for a moment first; and shows who is
// unlocked at once (the gate asks again only if this failed).
const settings = await info;
const translator = await startLocale(settings?.language ?? null, settings?.timeZone ?? null);
const accessState = await access;
if (accessState) await applyAccess(accessState, 'start');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={translator}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
