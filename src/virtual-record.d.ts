/** The versioned record and the data files' sizes, built by scripts/content/record-plugin.ts. */
declare module 'virtual:record' {
  const record: import('./lib/record/changelog.ts').SiteRecord;
  export default record;
}
