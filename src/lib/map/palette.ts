/** Base map colours for light and dark mode; who held each area is coloured by history-style.ts. */
export interface Palette {
  sea: string;
  contextLand: string;
  contextLine: string;
  coast: string;
  selectedLine: string;
}

export const LIGHT: Palette = {
  sea: '#dce8f0',
  contextLand: '#ecebe6',
  contextLine: '#b9b7ae',
  coast: '#4f4b40',
  selectedLine: '#1d1d1b',
};

export const DARK: Palette = {
  sea: '#0e1a24',
  contextLand: '#262a2f',
  contextLine: '#3d434a',
  coast: '#a9a699',
  selectedLine: '#f5f3ea',
};
