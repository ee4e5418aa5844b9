/** The time slider's data (periods and event dates), in its own small chunk, loaded with the map. */
export function loadHistory() {
  return import('virtual:history').then((m) => m.default);
}
