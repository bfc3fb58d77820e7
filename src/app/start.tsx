import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { useHallStore } from '../state/hallStore.ts';
import { pickInitialLang } from '../i18n/lang.ts';
import { registerServiceWorker } from '../kiosk/pwa/registerServiceWorker.ts';

/** The app itself, started by src/main.tsx once index.html's loading card is on screen. */

useHallStore.getState().setLang(pickInitialLang(window.location.search, navigator.languages));

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

registerServiceWorker();
