// Vite fingerprints each detail file, so a host can cache them for good. The list is a module of its own, fetched with
// the first detail chunk a view needs: the first view's script does not carry it.
const urls = import.meta.glob('../../geo/out/detail/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The built URL of a detail file named as geo/out/manifest.json names it (`detail/<id>.geojson`). */
export function detailUrl(file: string): string {
  const url = urls[`../../geo/out/${file}`];
  if (!url) throw new Error(`no detail file ${file}`);
  return url;
}
