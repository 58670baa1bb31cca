/**
 * Search as you type in the header: the WAI-ARIA combobox pattern (list autocomplete) on the
 * header's search field. Without JavaScript the field is a plain GET form to /search/; this
 * script adds the suggestions popup (GET /api/search/suggest), grouped by kind.
 * Keys: ArrowDown/ArrowUp move through the options (opening the list), Enter opens the active
 * option (or submits the search when none is active), Escape closes the list, then clears the field.
 * The field keeps focus; the active option is announced through aria-activedescendant.
 */

interface SuggestGroup {
  kind: string;
  label: string;
  items: { name: string; path: string }[];
}
interface SuggestAnswer {
  query: string;
  groups: SuggestGroup[];
  alternatives: { word: string; terms: string[] }[];
  searchPath: string;
}

const DELAY_MS = 120;

export function enhanceSearchCombobox(input: HTMLInputElement): void {
  const form = input.form;
  if (!form) return;
  const listId = `${input.id}-suggestions`;
  const wrapper = document.createElement('div');
  wrapper.className = 'search-combobox';
  input.replaceWith(wrapper);
  wrapper.append(input);
  const list = document.createElement('div');
  list.id = listId;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggestions');
  list.className = 'search-combobox-list';
  list.hidden = true;
  const status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  wrapper.append(list, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';

  let options: HTMLElement[] = [];
  let active = -1;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = () => {
    if (options.length === 0) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const go = (option: HTMLElement) => {
    const path = option.dataset.path;
    if (path) location.assign(path);
  };

  const render = (answer: SuggestAnswer) => {
    list.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const option = (text: string, path: string, hint?: string) => {
      const el = document.createElement('div');
      el.setAttribute('role', 'option');
      el.setAttribute('aria-selected', 'false');
      el.id = `${listId}-${options.length}`;
      el.dataset.path = path;
      el.className = 'search-combobox-option';
      el.textContent = text;
      if (hint) {
        const small = document.createElement('span');
        small.className = 'search-combobox-hint';
        small.textContent = hint;
        el.append(small);
      }
      options.push(el);
      return el;
    };
    for (const [g, group] of answer.groups.entries()) {
      const box = document.createElement('div');
      box.setAttribute('role', 'group');
      const heading = document.createElement('div');
      heading.id = `${listId}-group-${g}`;
      heading.className = 'search-combobox-group';
      heading.setAttribute('role', 'presentation');
      heading.textContent = group.label;
      box.setAttribute('aria-labelledby', heading.id);
      box.append(heading, ...group.items.map((item) => option(item.name, item.path)));
      list.append(box);
    }
    const count = options.length;
    const corrected = answer.alternatives.flatMap((a) => a.terms);
    list.append(
      option(
        `Search for “${answer.query}”`,
        answer.searchPath,
        corrected.length > 0 ? ` (also: ${corrected.join(', ')})` : undefined,
      ),
    );
    status.textContent =
      count === 0 ? 'No suggestions.' : `${count} suggestion${count === 1 ? '' : 's'}. Use the arrow keys to choose.`;
    if (document.activeElement === input) open();
  };

  const fetchSuggestions = async () => {
    const q = input.value.trim();
    controller?.abort();
    if (!q) {
      list.replaceChildren();
      options = [];
      status.textContent = '';
      return close();
    }
    controller = new AbortController();
    try {
      const url = new URL('/api/search/suggest', location.origin);
      url.searchParams.set('q', q);
      url.searchParams.set('limit', '4');
      const response = await fetch(url, { signal: controller.signal });
      if (!response.ok) return close();
      render((await response.json()) as SuggestAnswer);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void fetchSuggestions(), DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (options.length === 0) return;
        event.preventDefault();
        const wasOpen = !list.hidden;
        open();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const start = wasOpen ? active : step > 0 ? -1 : options.length;
        setActive((start + step + options.length) % options.length);
        break;
      }
      case 'Enter': {
        const option = options[active];
        if (!list.hidden && option) {
          event.preventDefault();
          go(option);
        }
        break;
      }
      case 'Escape':
        if (!list.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
        }
        break;
      default:
        break;
    }
  });
  input.addEventListener('blur', () => close());
  input.addEventListener('focus', () => open());
  // mousedown (before blur closes the list) so a click opens the option.
  list.addEventListener('mousedown', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (!option) return;
    event.preventDefault();
    go(option);
  });
}
