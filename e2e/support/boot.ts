import { expect, type Page, type Route } from '@playwright/test';

/** Requests for the WebAssembly (and nothing else). */
export const WASM = /_bg\.wasm$/;

/** The app runs: it has taken over from the prerendered view. */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

/** Storage blocked, as in a sandboxed frame or some private modes: reading `localStorage` throws. */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
}

/** Fails every request for the WebAssembly, as a broken network or a blocking proxy would. */
export async function blockWasm(page: Page): Promise<void> {
  await page.route(WASM, (route) => route.abort('failed'));
}

/**
 * Holds the WebAssembly back until `release()` is called, so a test can act on the prerendered
 * page first (scroll, focus) and then watch the app take over.
 */
export async function holdWasm(page: Page): Promise<{ release: () => void; requested: Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const wasRequested = new Promise<void>((resolve) => (requested = resolve));
  await page.route(WASM, async (route: Route) => {
    requested();
    await released;
    await route.continue();
  });
  return { release, requested: wasRequested };
}

/** The keys of the prerendered views (`/explore`, `/explore/:id`, …) of one mode, from the page. */
export async function prerenderedKeys(page: Page, mode: 'full' | 'embed'): Promise<{ key: string; skeleton: boolean }[]> {
  return page.evaluate(
    (m) =>
      [...document.querySelectorAll(`script[data-route][data-mode="${m}"]`)].map((t) => ({
        key: t.getAttribute('data-route') ?? '',
        skeleton: (t.textContent ?? '').includes('data-testid="skeleton"'),
      })),
    mode,
  );
}

/**
 * A canonical text of a DOM tree, so the prerendered HTML and the app's DOM can be compared:
 * attributes sorted; form state read as properties (the app sets `value`/`checked` as properties,
 * the server writes attributes); adjacent text nodes joined and white space folded.
 */
function canonicalSource(): string {
  return `(${function canon(node: Node): string {
    const skip = new Set(['value', 'checked', 'selected']);
    let out = '';
    let text = '';
    const flush = () => {
      const t = text.replace(/\s+/g, ' ');
      if (t.trim()) out += t;
      text = '';
    };
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.textContent ?? '';
        continue;
      }
      flush();
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as HTMLElement;
      const attrs = Array.from(el.attributes)
        .filter((a) => !skip.has(a.name))
        .map((a) => `${a.name}=${JSON.stringify(a.value)}`);
      if (el instanceof HTMLInputElement) attrs.push(`.value=${JSON.stringify(el.value)}`, `.checked=${el.checked}`);
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) attrs.push(`.value=${JSON.stringify(el.value)}`);
      attrs.sort();
      const tag = el.tagName.toLowerCase();
      // A textarea's text is its value (compared above).
      const inner = el instanceof HTMLTemplateElement ? canon(el.content) : el instanceof HTMLTextAreaElement ? '' : canon(el);
      out += `<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>${inner}</${tag}>`;
    }
    flush();
    return out;
  }})`;
}

/** The prerendered view `key` of `mode`, with the page's addresses filled in as the boot script does. */
export async function canonicalTemplate(page: Page, key: string, mode: 'full' | 'embed', param = ''): Promise<string> {
  return page.evaluate(`(() => {
    const tpl = [...document.querySelectorAll('script[data-route][data-mode="${mode}"]')].find(
      (t) => t.getAttribute('data-route') === ${JSON.stringify(key)},
    );
    if (!tpl) return 'no template for ${key}';
    const pageUrl = location.href.split(/[?#]/)[0];
    const base = pageUrl.replace(/[^/]*$/, '');
    const filled = document.createElement('template');
    filled.innerHTML = tpl.textContent
      .split('https://staffcheck-base.invalid/').join(base)
      .split('https://staffcheck-page.invalid/').join(pageUrl)
      .split('staffcheck-param').join(${JSON.stringify(param)});
    return ${canonicalSource()}(filled.content);
  })()`);
}

/** What the app shows now, in the same canonical text. */
export async function canonicalApp(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const app = document.getElementById('app');
    return app ? ${canonicalSource()}(app) : 'no #app';
  })()`);
}

/** The two builds' WebAssembly files (scripts/postbuild.mjs names the reader build's). */
export const READER = /\/reader-[0-9a-f]+_bg\.wasm$/;
export const FULL = /\/staffcheck-[0-9a-f]+_bg\.wasm$/;

/** Every WebAssembly file the page (and its frames) fetches, in order, as it fetches them. */
export function wasmRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) seen.push(r.url());
  });
  return seen;
}

/** From now on in this page, writing staffcheck's entry (`key`) fails as a full quota does. */
export async function fillQuota(page: Page, key: string): Promise<void> {
  await page.evaluate((k) => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === k) throw new DOMException('full', 'QuotaExceededError');
      return real.call(this, name, value);
    };
  }, key);
}
