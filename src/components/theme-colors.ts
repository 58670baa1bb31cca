/**
 * Colours for canvas drawing (Chart.js) from the site's CSS custom properties. The
 * properties hold `light-dark(…)` values, which only the browser can resolve for the
 * current theme, so a hidden probe element reads the computed colour.
 */
export function themeColor(name: string, within: Element = document.body): string {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  probe.style.color = `var(${name})`;
  within.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Calls `onChange` when the effective theme changes (system setting or the toggle). */
export function onThemeChange(onChange: () => void): void {
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', onChange);
  new MutationObserver(onChange).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });
}
