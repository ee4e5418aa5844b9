// dist/embed.js: the loader as a classic script that sets up the page's embeds once the document is parsed.
import { mountAll } from './loader.ts';

if (document.readyState === 'loading') addEventListener('DOMContentLoaded', () => mountAll());
else mountAll();
