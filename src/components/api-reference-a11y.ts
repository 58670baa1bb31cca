/**
 * Repairs what Scalar 1.46.4 (/docs/api/) gets wrong for assistive technology, after Vue has
 * rendered it and whenever it re-renders (a MutationObserver). Each fix is an attribute change
 * on Scalar's own elements, which Vue leaves alone until the value it bound changes (then the
 * observer sees the change and repairs it again). The audit that checks it is
 * test/browser/accessibility.test.ts; Scalar's `<main>` is handled at build time instead
 * (src/integrations/scalar-landmarks.ts).
 */

/** Scalar's containers: the reference itself and what it teleports to <body> (search dialog, client). */
const SCALAR = '.scalar-app';

/** Sidebar entries are buttons with `aria-selected`, which buttons may not have: the current one gets `aria-current`. */
function fixSelectedButtons(scope: ParentNode) {
  for (const button of scope.querySelectorAll<HTMLElement>('button:not([role])[aria-selected]')) {
    const current = button.getAttribute('aria-selected') === 'true';
    button.removeAttribute('aria-selected');
    if (current) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}

/**
 * The sidebar is an `<aside role="navigation">` (a role `<aside>` may not take): it moves into a
 * `<nav>` of its own, laid out as if absent (`display: contents`), which carries its label.
 */
function fixSidebarLandmark(scope: ParentNode) {
  for (const aside of scope.querySelectorAll<HTMLElement>('aside[role="navigation"]')) {
    const nav = document.createElement('nav');
    nav.className = 'api-reference-sidebar';
    nav.setAttribute('aria-label', aside.getAttribute('aria-label') ?? 'API reference');
    aside.removeAttribute('role');
    aside.removeAttribute('aria-label');
    aside.before(nav);
    nav.append(aside);
  }
}

/**
 * The search launcher is a `<button role="search">`: a landmark role, so the button has no name.
 * The button stays a button (named by its own text) inside a search landmark around it.
 */
function fixSearchButton(scope: ParentNode) {
  for (const button of scope.querySelectorAll<HTMLElement>('button[role="search"]')) {
    button.removeAttribute('role');
    const wrapper = button.parentElement;
    if (wrapper && wrapper.tagName === 'DIV' && !wrapper.hasAttribute('role')) {
      wrapper.setAttribute('role', 'search');
      wrapper.setAttribute('aria-label', 'Search the API reference');
    }
  }
}

/** Copy buttons hide their only text ("Copy") until hovered. */
function fixCopyButtons(scope: ParentNode) {
  for (const button of scope.querySelectorAll<HTMLElement>('button[class*="copy-button"]:not([aria-label])')) {
    button.setAttribute('aria-label', 'Copy');
  }
}

/** "Show More" buttons are named "Show all <tag> endpoints": the name must contain the visible words. */
function fixShowMoreButtons(scope: ParentNode) {
  for (const button of scope.querySelectorAll<HTMLElement>('button.show-more[aria-label^="Show all "]')) {
    button.setAttribute('aria-label', button.getAttribute('aria-label')!.replace(/^Show all /, 'Show more '));
  }
}

/** The code-sample tab list holds a "More" (other clients) button: a tab list may only hold tabs. */
function fixTabLists(scope: ParentNode) {
  for (const button of scope.querySelectorAll<HTMLElement>('[role="tablist"] button:not([role])')) {
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-selected', 'false');
    // Its words ("More", "Select from all clients") are hidden on narrow screens.
    if (!button.hasAttribute('aria-label')) button.setAttribute('aria-label', 'More clients');
  }
}

/** The search dialog's combobox never says whether its result list is showing. */
function fixComboboxes(scope: ParentNode) {
  for (const input of scope.querySelectorAll<HTMLElement>('input[role="combobox"]')) {
    const list = input.getAttribute('aria-controls');
    const open = !!list && !!document.getElementById(list)?.querySelector('[role="option"]');
    if (input.getAttribute('aria-expanded') !== String(open)) input.setAttribute('aria-expanded', String(open));
  }
}

/**
 * Every operation has cards named the same ("Example Responses"): landmarks need distinct names,
 * so each card is also named by its operation's heading.
 */
function fixDuplicateRegions(scope: ParentNode) {
  const byName = new Map<string, HTMLElement[]>();
  for (const region of scope.querySelectorAll<HTMLElement>('[role="region"][aria-labelledby]')) {
    const name = region
      .getAttribute('aria-labelledby')!
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ');
    byName.set(name, [...(byName.get(name) ?? []), region]);
  }
  for (const regions of byName.values()) {
    if (regions.length < 2) continue;
    for (const region of regions) {
      const heading = region.closest('section[id]')?.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
      if (!heading || region.contains(heading)) continue;
      if (!heading.id) heading.id = `${region.closest('section[id]')!.id}/heading`;
      const ids = region.getAttribute('aria-labelledby')!.split(/\s+/);
      if (!ids.includes(heading.id)) region.setAttribute('aria-labelledby', [heading.id, ...ids].join(' '));
    }
  }
}

/**
 * A tag's endpoint list scrolls when it overflows (narrow screens), but its entries are links
 * without href that the keyboard cannot reach: an overflowing list takes focus itself, so the
 * arrow keys can scroll it.
 */
function fixScrollingLists(scope: ParentNode) {
  for (const list of scope.querySelectorAll<HTMLElement>('ul.endpoints')) {
    const overflows = list.scrollHeight > list.clientHeight || list.scrollWidth > list.clientWidth;
    if (overflows && !list.hasAttribute('tabindex')) list.tabIndex = 0;
    else if (!overflows && list.getAttribute('tabindex') === '0') list.removeAttribute('tabindex');
  }
}

const FIXES = [
  fixSelectedButtons,
  fixSidebarLandmark,
  fixSearchButton,
  fixCopyButtons,
  fixShowMoreButtons,
  fixTabLists,
  fixComboboxes,
  fixDuplicateRegions,
  fixScrollingLists,
];

/** Applies every fix to Scalar's containers under (or at) `root`. */
export function repairScalarMarkup(root: ParentNode = document) {
  const scopes = [...root.querySelectorAll(SCALAR)];
  if (root instanceof Element && root.matches(SCALAR)) scopes.unshift(root);
  for (const scope of scopes) for (const fix of FIXES) fix(scope);
}

/** Repairs now and after every change Scalar makes to the page; returns the function that stops it. */
export function watchScalarMarkup(): () => void {
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    // One pass per frame: Scalar re-renders in bursts (scrolling, search typing).
    requestAnimationFrame(() => {
      pending = false;
      repairScalarMarkup(document);
    });
  });
  repairScalarMarkup(document);
  const onResize = () => repairScalarMarkup(document);
  window.addEventListener('resize', onResize);
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-selected', 'role', 'aria-label', 'aria-controls', 'aria-labelledby'],
  });
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', onResize);
  };
}
