/** Map colours for light and dark mode, chosen for contrast in sunlight and legibility for colour-blind readers. */
export interface Palette {
  sea: string;
  contextLand: string;
  contextLine: string;
  japan: string;
  disputed: string;
  disputedHover: string;
  hokkaidoHover: string;
  coast: string;
  selectedLine: string;
}

export const LIGHT: Palette = {
  sea: '#dce8f0',
  contextLand: '#ecebe6',
  contextLine: '#b9b7ae',
  japan: '#f7f4ec',
  disputed: '#e9c46a',
  disputedHover: '#f2d68f',
  hokkaidoHover: '#fffdf7',
  coast: '#6f6a5c',
  selectedLine: '#1d1d1b',
};

export const DARK: Palette = {
  sea: '#0e1a24',
  contextLand: '#262a2f',
  contextLine: '#3d434a',
  japan: '#3a3d42',
  disputed: '#a9852f',
  disputedHover: '#c49d42',
  hokkaidoHover: '#4a4e54',
  coast: '#8d8a80',
  selectedLine: '#f5f3ea',
};
