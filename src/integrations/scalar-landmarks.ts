import type { Plugin } from 'vite';

/**
 * Scalar (@scalar/api-reference 1.46.4) renders its content column as a `<main>`, hard-coded in
 * ApiReference.vue. On /docs/api/ it sits inside the site's own `<main>`: two main landmarks, one
 * nested in the other (axe: landmark-no-duplicate-main, landmark-main-is-top-level). HTML allows no
 * other role on `<main>` and a DOM node's tag cannot change once Vue owns it, so the bundle is
 * rewritten at build time: the column becomes a `<section>`, which keeps its aria-label and so stays
 * a named region inside the page's one `<main>`.
 */
const SCALAR_MAIN = /(createElementVNode[\w$]*\(\s*)"main"(,\s*\{\s*"aria-label": `Open API Documentation for )/g;
/** The module that holds the element, in the installed package (the build fails if it moves). */
const SCALAR_LAYOUT_MODULE = /@scalar\/api-reference\/dist\/components\/ApiReference\.vue2\.js$/;

/** The code with Scalar's content `<main>` turned into a `<section>`; `found` says whether it was there. */
export function rewriteScalarMain(code: string): { code: string; found: boolean } {
  let found = false;
  const rewritten = code.replace(SCALAR_MAIN, (_match, call: string, props: string) => {
    found = true;
    return `${call}"section"${props}`;
  });
  return { code: rewritten, found };
}

export function scalarLandmarks(): Plugin {
  return {
    name: 'hub:scalar-landmarks',
    transform(code, id) {
      // Dev pre-bundles the package into node_modules/.vite/deps: match the code, not only the path.
      if (!id.includes('node_modules') || !code.includes('Open API Documentation for ')) return null;
      const result = rewriteScalarMain(code);
      if (!result.found && SCALAR_LAYOUT_MODULE.test(id.split('?')[0]!)) {
        this.error(`Scalar's content <main> was not found in ${id}: update src/integrations/scalar-landmarks.ts`);
      }
      return result.found ? { code: result.code, map: null } : null;
    },
  };
}
