/** What is open over the map; Escape closes the one on top, in this order. */
export interface OpenViews {
  reader: boolean;
  search: boolean;
  sources: boolean;
  island: boolean;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type Shortcut =
  'focus-search' | 'open-search' | 'close-reader' | 'close-search' | 'close-sources' | 'close-island';

/**
 * The page's keyboard shortcuts: `/` searches (not in an embed, whose host owns the keys, and not while typing, where
 * `/` is a character), Escape closes the topmost view. Null: the key is not the page's.
 */
export function shortcutFor(
  press: KeyPress,
  open: OpenViews,
  where: { embed: boolean; typing: boolean },
): Shortcut | null {
  if (press.key === '/' && !where.embed && !press.ctrlKey && !press.metaKey && !press.altKey && !where.typing) {
    return open.search ? 'focus-search' : 'open-search';
  }
  if (press.key !== 'Escape') return null;
  if (open.reader) return 'close-reader';
  if (open.search) return 'close-search';
  if (open.sources) return 'close-sources';
  if (open.island) return 'close-island';
  return null;
}

/** Input types where a key is no character: `/` stays a shortcut there. */
export const NON_TEXT_INPUTS: readonly string[] = ['button', 'checkbox', 'radio', 'range', 'submit'];
