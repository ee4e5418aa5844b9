/** The time slider's data, built from content/ by scripts/history-plugin.ts. */
declare module 'virtual:history' {
  const history: {
    periods: import('./lib/history/types.ts').PeriodsData;
    events: import('./lib/history/types.ts').EventRef[];
  };
  export default history;
}
