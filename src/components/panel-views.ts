// The panel's contents, loaded after the first paint (with the content) or on the first selection: the first view
// needs only the map, so these components are not in its bytes.
export { default as IslandPanel } from './IslandPanel.svelte';
export { default as Reader } from './Reader.svelte';
