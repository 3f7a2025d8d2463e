// The pages the bench measures: one line each, read by every stage. A page is its hash `route`
// and its `query` (the search string before it, '' for none), the `selector` whose first
// appearance is "content ready", and the stages it takes part in:
//   timed       local cold loads, next to its static snapshot (loads.mjs)
//   perf        Lighthouse mobile performance, next to its static snapshot (lighthouse.mjs)
//   categories  the four Lighthouse categories, mobile and desktop (lighthouse.mjs)
//   lcpTarget   the target on Lighthouse mobile LCP, app / static snapshot (report.mjs)
//   firstLoad   the files a first visit fetches are the sizes' first-load set (sizes.mjs)
//   keystroke   where the keystroke stage takes the self-check and types a note (keystroke.mjs)
//   noWorseThan the id of a page whose Lighthouse mobile LCP and interactive this one's must not
//               exceed, in the same run (report.mjs)

// Every screen a visitor can land on with a prerendered first view, plain and embedded, is
// held to the LCP target (issue: the front door paints as fast as the explorer).
const landing = (id, route, selector, extra = {}) => [
  { id, route, query: '', selector, perf: true, lcpTarget: true, ...extra.plain },
  { id: `${id}-embed`, route, query: 'embed=1', selector, perf: true, lcpTarget: true, ...extra.embed },
];

export const PAGES = [
  ...landing('home', '#/', '[data-testid="home"]', { plain: { categories: true } }),
  ...landing('explore', '#/explore', '[data-testid="explorer-row"]', { plain: { timed: true, categories: true, firstLoad: true } }),
  ...landing('scope', '#/explore/scope', '[data-testid="dimension-detail"]', { plain: { timed: true } }),
  ...landing('week', '#/week', '[data-testid="week"]'),
  ...landing('levels', '#/levels', '[data-testid="levels"]'),
  ...landing('quiz', '#/quiz', '[data-testid="quiz-intro"]', { plain: { keystroke: true }, embed: { timed: true, categories: true } }),
  // The quick check is the embed "Embed this" recommends: no slower than the self-check's.
  ...landing('check', '#/check', '[data-testid="quick-form"]', { embed: { timed: true, categories: true, noWorseThan: 'quiz-embed' } }),
];

/** The pages with these ids (`--pages scope,levels-embed`), in PAGES' order; an unknown id throws. */
export function selectPages(ids) {
  const unknown = ids.filter((id) => !PAGES.some((p) => p.id === id));
  if (unknown.length) throw new Error(`--pages: no page ${unknown.join(', ')} (pages: ${PAGES.map((p) => p.id).join(' ')})`);
  return PAGES.filter((p) => ids.includes(p.id));
}

/** The page's URL path from the server's root: `/#/explore`, `/?embed=1#/quiz`. */
export const pagePath = (p) => `/${p.query ? `?${p.query}` : ''}${p.route}`;

/** How the report names a page: its path without the leading slash (`#/explore`). */
export const pageLabel = (p) => pagePath(p).slice(1);

/** A page for `--route PATH` (`/[?query][#route]`), with a known page's selector unless given. */
export function customPage(routeArg, selector) {
  const given = routeArg.startsWith('/') ? routeArg : `/${routeArg}`;
  const m = /^\/(?:\?([^#]*))?(#.*)?$/.exec(given);
  if (!m) throw new Error(`--route takes /[?query][#route], not ${routeArg}`);
  const page = { id: 'custom', route: m[2] ?? '', query: m[1] ?? '', timed: true };
  const known = PAGES.find((p) => pagePath(p) === pagePath(page));
  return { ...page, selector: selector ?? known?.selector ?? 'main' };
}
