/**
 * In-place filtering of a catalog listing (progressive enhancement of the facet links, which
 * without JavaScript lead to pre-rendered facet pages). Rows carry `data-f-<facet>` with value
 * slugs and `data-text`; the filter lives in the URL so it can be shared.
 */
export function enhanceCatalogFilter(root: HTMLElement) {
  const base = root.dataset.catalogBase!;
  const noun = root.dataset.catalogNoun ?? 'entries';
  const rows = [...root.querySelectorAll<HTMLElement>('[data-catalog-item]')];
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-facet]')];
  const count = root.querySelector<HTMLElement>('[data-catalog-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-catalog-empty]')!;
  const input = root.querySelector<HTMLInputElement>('[data-catalog-text]')!;
  const facets = [...new Set(links.map((a) => a.dataset.facet!))];

  const params = new URLSearchParams(location.search);
  const chosen = new Map<string, string>(facets.flatMap((f) => (params.get(f) ? [[f, params.get(f)!] as [string, string]] : [])));
  // The facet of a pre-rendered facet page counts as chosen.
  const preset = links.find((a) => a.getAttribute('aria-current') === 'page');
  if (preset && chosen.size === 0) chosen.set(preset.dataset.facet!, preset.dataset.value!);
  input.value = params.get('q') ?? '';

  const render = () => {
    const words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const match =
        [...chosen].every(([facet, value]) => (row.getAttribute(`data-f-${facet}`) ?? '').split(' ').includes(value)) &&
        words.every((w) => (row.dataset.text ?? '').includes(w));
      row.hidden = !match;
      if (match) shown++;
    }
    const labels = [...chosen].map(([facet, value]) => {
      const link = links.find((a) => a.dataset.facet === facet && a.dataset.value === value);
      return `${facet}: ${link?.querySelector('span')?.textContent ?? value}`;
    });
    if (words.length) labels.push(`“${input.value.trim()}”`);
    count.textContent = `Showing ${shown} of ${rows.length} ${noun}${labels.length ? ` · ${labels.join(' · ')}` : ''}`;
    empty.hidden = shown > 0;
    for (const link of links) {
      if (chosen.get(link.dataset.facet!) === link.dataset.value) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  };
  const commit = () => {
    const query = new URLSearchParams([...chosen]);
    if (input.value.trim()) query.set('q', input.value.trim());
    history.replaceState(null, '', `${base}${query.size ? `?${query}` : ''}`);
    render();
  };

  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const facet = link.dataset.facet!;
      if (chosen.get(facet) === link.dataset.value) chosen.delete(facet);
      else chosen.set(facet, link.dataset.value!);
      commit();
    });
  }
  input.addEventListener('input', commit);
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
  });
  for (const clear of root.querySelectorAll('[data-catalog-clear]')) {
    clear.addEventListener('click', (event) => {
      event.preventDefault();
      chosen.clear();
      input.value = '';
      commit();
    });
  }
  render();
}
