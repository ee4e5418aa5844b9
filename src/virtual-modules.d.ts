// The virtual modules the build's plugins write (build/), as the browser's code imports them.

/** The validated editorial content, built from content/ by build/content/vite-plugin.ts. */
declare module 'virtual:content' {
  const content: import('./lib/content/types.ts').Content;
  export default content;
}

/** The time slider's data, built from content/ by build/history/vite-plugin.ts. */
declare module 'virtual:history' {
  const history: {
    periods: import('./lib/history/types.ts').PeriodsData;
    events: import('./lib/history/types.ts').EventRef[];
  };
  export default history;
}

/** The poster's colours, built by build/poster/plugin.ts from the map's palettes. */
declare module 'virtual:poster.css';

/** The versioned record and the data files' sizes, built by build/content/record-plugin.ts. */
declare module 'virtual:record' {
  const record: import('./lib/sources/record.ts').SiteRecord;
  export default record;
}

/** The search index, built from the content by build/search/vite-plugin.ts (MiniSearch's serialised form). */
declare module 'virtual:search-index' {
  const index: import('minisearch').AsPlainObject;
  export default index;
}
