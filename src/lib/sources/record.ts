/**
 * The record of corrections and changes as the page receives it (`virtual:record`) and data/manifest.json
 * publishes it; the build reads and checks `content/CHANGELOG.yaml` into this shape (build/content/changelog.ts).
 */
import type { IslandId } from '../content/types.ts';
import type { Download } from './downloads.ts';

export const CHANGE_KINDS = ['addition', 'correction', 'removal', 'clarification'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  kind: ChangeKind;
  text: string;
  /** Event ids the change concerns. */
  events: string[];
  /** Article ids the change concerns. */
  articles: string[];
  islands: IslandId[];
}

export interface ChangelogEntry {
  /** MAJOR.MINOR.PATCH: the content version this edition made. */
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  changes: Change[];
  /** Short or full git hashes of the commits that made the edition. */
  commits: string[];
}

export interface Changelog {
  /** The newest entry's version. */
  contentVersion: string;
  /** The newest entry's date: the day the content last changed. */
  lastChanged: string;
  /** Newest first. */
  entries: ChangelogEntry[];
}

/** The record as the Sources view is given it (`virtual:record`) and data/manifest.json publishes it. */
export interface SiteRecord extends Changelog {
  title: string;
  /** package.json's version. */
  appVersion: string;
  /** Every file under data/, with its size in the build. */
  downloads: Download[];
}
