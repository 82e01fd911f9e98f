// Starts the browser app. Display choices are applied before the first paint, so a person who
// chose large text never sees the page flash small first.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { applyDisplaySettings, loadDisplaySettings } from './features/display/index.ts';
import './app/base.css';
import './ui/ui.css';

applyDisplaySettings(document.documentElement, loadDisplaySettings(window.localStorage));

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
