/** The validated editorial content, built from content/ by scripts/content/vite-plugin.ts. */
declare module 'virtual:content' {
  const content: import('./lib/content/types.ts').Content;
  export default content;
}
