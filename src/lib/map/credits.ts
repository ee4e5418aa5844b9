/**
 * Credits the data licences require, in their own words: MLIT's terms ask for the source and a note that the data
 * was processed; ODbL asks for "© OpenStreetMap contributors" linked to the copyright page.
 * These are links a reader clicks; the page itself loads nothing from these hosts.
 */
export const CREDITS: readonly { prefix: string; text: string; href: string }[] = [
  {
    prefix: '',
    text: '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成 / MLIT National Land Numerical Information (N03), processed',
    href: 'https://nlftp.mlit.go.jp/ksj/',
  },
  { prefix: '© ', text: 'OpenStreetMap contributors', href: 'https://www.openstreetmap.org/copyright' },
];
