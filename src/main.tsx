import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { useHallStore } from './state/hallStore.ts';
import { pickInitialLang } from './i18n/lang.ts';
import './ui/styles.css';
import { registerServiceWorker } from './kiosk/pwa/registerServiceWorker.ts';

useHallStore.getState().setLang(pickInitialLang(window.location.search, navigator.languages));

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

registerServiceWorker();
