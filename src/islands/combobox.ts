// One ARIA 1.2 combobox (an editable text box with a listbox popup) for the islands that suggest
// as one types: the service search (Search.tsx) and the place field of the nearest-places
// finder (NearestPlaces.tsx). The keyboard model and the ARIA attributes live here, once; the
// acceptance criteria are in README.md beside this file and tests/e2e/combobox.test.ts checks them.
// Focus never leaves the text box: the active option is announced through aria-activedescendant.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface ComboboxOptions {
  /** How many options the popup has now (0: nothing to show, the popup is collapsed). */
  count: number;
  /** Id of the listbox; the input's aria-controls. */
  listId: string;
  /** Id of option `i`, for aria-activedescendant. */
  optionId: (i: number) => string;
  /** Enter on the active option (or the island's own click on one). */
  onPick: (i: number) => void;
  /** Escape: clear the box; returns whether there was anything to clear. */
  onEscape: () => boolean;
}

export interface Combobox {
  /** The active option, -1 when none (always -1 while collapsed). */
  active: number;
  /** Whether the popup shows: the person has not dismissed it and it has options. */
  expanded: boolean;
  /** Whether the person wants the popup (typed since the last Escape or pick), options or not. */
  wanted: boolean;
  /** Ask for the popup again (after typing); no option is active. */
  open: () => void;
  /** Close the popup; no option is active. */
  close: () => void;
  /** Spread on the text box. */
  inputProps: Pick<
    JSX.HTMLAttributes<HTMLInputElement>,
    'role' | 'aria-autocomplete' | 'aria-expanded' | 'aria-controls' | 'aria-activedescendant' | 'onKeyDown'
  >;
  /** Spread on the listbox. */
  listProps: { id: string; role: 'listbox'; hidden: boolean };
  /** Spread on option `i`. */
  optionProps: (i: number) => {
    id: string;
    role: 'option';
    'aria-selected': boolean;
    onMouseDown: (e: MouseEvent) => void;
  };
}

export function useCombobox({ count, listId, optionId, onPick, onEscape }: ComboboxOptions): Combobox {
  const [wanted, setWanted] = useState(false);
  const [rawActive, setActive] = useState(-1);
  const expanded = wanted && count > 0;
  const active = expanded && rawActive < count ? rawActive : -1;

  const open = () => {
    setWanted(true);
    setActive(-1);
  };
  const close = () => {
    setWanted(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // The arrows belong to the list, never to the caret; with nothing to show they do nothing.
      event.preventDefault();
      if (count === 0) return;
      const down = event.key === 'ArrowDown';
      setWanted(true);
      // Wraps round: Down from the last option goes to the first, Up from none or the first to the last.
      setActive((i) => (down ? (i + 1) % count : i <= 0 || i >= count ? count - 1 : i - 1));
    } else if (event.key === 'Enter') {
      if (active >= 0) {
        event.preventDefault();
        onPick(active);
      }
      // Otherwise the form submits, as it does without JavaScript.
    } else if (event.key === 'Escape') {
      const cleared = onEscape();
      if (cleared || expanded) event.preventDefault();
      close();
    }
    // Home, End, Left and Right move the caret in the text (the browser's own behaviour).
  };

  // Keep the active option in view when moving through a long list.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return {
    active,
    expanded,
    wanted,
    open,
    close,
    inputProps: {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': expanded,
      'aria-controls': listId,
      'aria-activedescendant': active >= 0 ? optionId(active) : undefined,
      onKeyDown,
    },
    listProps: { id: listId, role: 'listbox', hidden: !expanded },
    optionProps: (i) => ({
      id: optionId(i),
      role: 'option',
      'aria-selected': i === active,
      // Keep focus in the box: a click on an option must not blur it first.
      onMouseDown: (e) => e.preventDefault(),
    }),
  };
}
