// The Sources view and the record it shows, loaded when it is first opened: no part of the first view's bytes.
export { default as SourcesView } from './sources/SourcesView.svelte';
