/** The poster's colours, built by scripts/poster/plugin.ts from the map's palettes. */
declare module 'virtual:poster.css';
