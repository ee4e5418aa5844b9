/**
 * The validated editorial content, as the app consumes it (the default export of `virtual:content`) and as the
 * data exports publish it. camelCase keys; JSON-safe (plain objects, arrays, strings, numbers, null).
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets (JavaScript string indices) into `Article.text`:
 * `article.text.slice(start, end)` is the excerpt exactly as stored.
 */

import { ISLAND_IDS, type IslandId } from '../geo/islands.ts';

// One list of island ids for the map and the content alike.
export { ISLAND_IDS, type IslandId };

/**
 * What `islands: all` in an event file expands to: the four disputed islands. Hokkaido is never implied by
 * `all` (an event concerning Hokkaido lists it explicitly). This is the reading of content/README.md, whose
 * example offers `all` as the alternative to `[iturup, kunashir, shikotan, habomai]`.
 */
export const ALL_ISLANDS: readonly IslandId[] = ['iturup', 'kunashir', 'shikotan', 'habomai'];

/** How an excerpt relates to what was said: see `ExcerptSource.excerptKind`. */
export type ExcerptKind = 'quotation' | 'paraphrase';

/** ISO 8601 calendar date of the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type IsoDate = string;
export type DatePrecision = 'year' | 'month' | 'day';

export interface ArticleExcerpt {
  /** 1-based number of the excerpt within its article, in order of `start` (ties: shorter first). */
  n: number;
  start: number;
  end: number;
  /** `quotation`: a person's own words, quoted by the outlet; `paraphrase`: the outlet's narrator. */
  kind: ExcerptKind;
  /** Events citing this excerpt, in event date order. */
  eventIds: string[];
  /** Islands whose profile positions (Russian or Japanese) quote this excerpt. */
  islandIds: IslandId[];
  /** The first speaker given by any citation of this excerpt, or null. */
  speaker: string | null;
}

export interface Article {
  id: string;
  /** The raw page in shared/articles/ this article was cleaned from. */
  sourceFile: string;
  outlet: string;
  agency: string | null;
  headline: string;
  dateline: string | null;
  published: { date: IsoDate; basis: 'printed' | 'inferred'; note: string | null };
  /**
   * The article body: the text of the .md file after the line closing the front matter, with line ends
   * converted to LF and trailing whitespace removed. Leading text is kept as stored. Paragraphs are separated
   * by a blank line ("\n\n").
   */
  text: string;
  /** Every distinct passage of this article cited by an event or an island position, ordered by `start`. */
  excerpts: ArticleExcerpt[];
}

export interface ExcerptSource {
  kind: 'excerpt';
  /** Article id. */
  article: string;
  /** The article's exact text between `start` and `end` (not the editor's typing of it). */
  quote: string;
  /**
   * `quotation`: a person's own words (`speaker`), which the outlet quotes. `paraphrase`: the outlet's narrator,
   * reporting or summing up (`speaker`, if any, is whose words or position are paraphrased): not a government's
   * or a person's own words.
   */
  excerptKind: ExcerptKind;
  speaker: string | null;
  /** Number of the excerpt in its article (`#article=<id>&excerpt=<n>`). */
  n: number;
  start: number;
  end: number;
}

/** A primary document as a reader can find it: who issued it, its title as published, its date, and where to read it. */
export interface DocumentRecord {
  /** Who issued or signed it ("Japan and the Union of Soviet Socialist Republics", "Ministry of Foreign Affairs of Japan"). */
  issuer: string;
  /** Exactly as published at `url` (or in `database`), in its own language. */
  title: string;
  /** The explainer's English rendering, when `title` is not in English. */
  titleEn: string | null;
  /** The document's own date, ISO at the precision it gives; null for a page that prints none. */
  date: IsoDate | null;
  /** YYYY-MM-DD: the day an undated page was read (given when `date` is null). */
  accessed: string | null;
  /** The part cited ("point 9", "Article 2(c)"), or null. */
  part: string | null;
  /** A public copy a reader can open. At least one of `url` and `database` is given. */
  url: string | null;
  /** A database and the record's id in it ("The World and Japan database (University of Tokyo), JPRU/19561019.D1E"). */
  database: string | null;
  /** Who publishes the copy at `url`, when it is not the issuer. */
  publishedIn: string | null;
}

export interface DocumentSource {
  kind: 'document';
  document: DocumentRecord;
}

export type Source = ExcerptSource | DocumentSource;

export interface Event {
  id: string;
  /** Ids the event had before; links to them open it. */
  previousIds: string[];
  date: IsoDate;
  datePrecision: DatePrecision;
  dateNote: string | null;
  title: string;
  /** The islands the event concerns (`all` expanded to `ALL_ISLANDS`), in `ISLAND_IDS` order. */
  islands: IslandId[];
  /** The island a link to the event alone opens: the one it chiefly concerns. */
  chieflyAbout: IslandId;
  summary: string;
  /** What the event meant for each island it concerns: exactly one entry per island of `islands`. */
  impact: Partial<Record<IslandId, string>>;
  notes: string[];
  sources: Source[];
  /** YYYY-MM-DD: when an editor last checked the event against its sources. */
  reviewed: string;
}

/** A change in a government's position, dated and sourced. */
export interface PositionChange {
  date: IsoDate;
  text: string;
  sources: Source[];
}

export interface Position {
  /** The date of the newest record the summary rests on. */
  asOf: IsoDate;
  summary: string;
  quotes: ExcerptSource[];
  documents: DocumentRecord[];
  /** How the position changed, oldest first. */
  changes: PositionChange[];
}

/** A population figure of an area, dated and sourced. */
export interface PopulationFigure {
  date: IsoDate;
  count: number;
  /** Whose number it is ("Japanese residents", "residents (Russian census)"). */
  who: string;
  note: string | null;
  source: Source;
}

export interface IslandNames {
  en: string;
  ja: string;
  jaRomaji: string;
  ru: string;
  ruLatin: string;
  ain: string | null;
}

export interface IslandProfile {
  id: IslandId;
  names: IslandNames;
  administration: { russia: string; japan: string };
  description: string;
  /** What the area computed from the map's geometry covers, with the published figure beside it, or null. */
  areaNote: string | null;
  /** Population figures, oldest first. */
  population: PopulationFigure[];
  /** Event ids, in date order (at least five). */
  events: string[];
  positions: { russia: Position; japan: Position };
}

export interface Content {
  /** Sorted by id. */
  articles: Article[];
  /** Sorted by date (a less precise date sorts before a more precise one it contains), then id. */
  events: Event[];
  /** In `ISLAND_IDS` order. */
  islands: IslandProfile[];
}
