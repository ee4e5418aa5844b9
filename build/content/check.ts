/**
 * `npm run content:check`: validates content/ and prints every error (`file:line: message`) and exits 1, or
 * prints a one-line summary and exits 0. Optional argument: the repository root (default: the current folder).
 */
import { ContentError, loadContent } from './load.ts';
import { loadChangelog } from './record.ts';

function main(): number {
  const root = process.argv[2] ?? process.cwd();
  try {
    const { content } = loadContent({ root });
    const { changelog } = loadChangelog(content, { root });
    const excerpts = content.articles.reduce((n, a) => n + a.excerpts.length, 0);
    console.log(
      `content OK: ${content.articles.length} articles (${excerpts} excerpts), ${content.events.length} events, ` +
        `${content.islands.length} islands; record: content ${changelog.contentVersion}, last changed ${changelog.lastChanged}`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ContentError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
}

process.exitCode = main();
