/** The search index, built from the content by scripts/search/vite-plugin.ts (MiniSearch's serialised form). */
declare module 'virtual:search-index' {
  const index: import('minisearch').AsPlainObject;
  export default index;
}
