import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './host.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
