// Search and its index, loaded when search is first opened: no part of the first view's bytes.
export { default as SearchView } from './search/SearchView.svelte';
