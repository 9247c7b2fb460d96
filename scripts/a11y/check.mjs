#!/usr/bin/env node
// Real-browser accessibility check of a built seloste site.
//
//   node scripts/a11y/check.mjs SITE_DIR [--screenshots DIR]
//
// Serves SITE_DIR on 127.0.0.1 (ephemeral port), opens every HTML page in the
// system Chromium (playwright-core, no browser download) and
//   - runs axe-core with the WCAG 2.0/2.1 A and AA rules on every page (the
//     colour rules also with prefers-color-scheme: dark),
//   - checks reflow: no horizontal scrolling at 320 CSS px (WCAG 1.4.10),
//   - fails on console errors, failed local requests and any request to
//     another origin (pages must be self-contained; such requests are blocked),
//   - on index.html: walks the page with Tab (focus order, visible focus
//     indicator), tests the skip link, the register search (#filter: the
//     search data lists every notice of notices.json; a title and a word of
//     another language's title find the register in #results; the role=status
//     message) and the controller radios, and loads it with JavaScript
//     disabled (axe again, and every register must still be listed: on a
//     paged site, on the controllers' pages the index links to),
//   - writes full-page screenshots when --screenshots is given.
// Exit status: 0 all good, 1 a violation or a failed check, 2 usage error or
// the browser could not be started. See README.md beside this file.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 360, height: 800 };
const PHONE = { width: 390, height: 844 }; // the summary must fit one screen of a common phone
const NARROW = { width: 320, height: 800 }; // WCAG 1.4.10 reflow: 320 CSS px wide
const MAX_TABS = 60;
const NO_MATCH = 'zzzzqqq';
const WAIT_MS = 3000; // how long the page may take to react to a key press
const DARK_RULES = ['color-contrast', 'link-in-text-block']; // rerun with prefers-color-scheme: dark
const REQUIRED_PAGES = ['index.html', 'accessibility.html'];
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

// ---------------------------------------------------------------- server

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text + '\n');
}

function inside(root, p) {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** Serves the directory `root` on 127.0.0.1 with an ephemeral port. */
export async function serve(root) {
  const realRoot = fs.realpathSync(path.resolve(root));
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
    const raw = req.url.split(/[?#]/)[0];
    let decoded;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return send(res, 400, 'bad request');
    }
    if (!decoded.startsWith('/') || decoded.includes('\0')) return send(res, 400, 'bad request');
    const segments = decoded.split(/[\\/]/);
    if (segments.includes('..')) return send(res, 403, 'forbidden');
    let file = path.resolve(realRoot, '.' + decoded.replace(/\\/g, '/'));
    if (!inside(realRoot, file)) return send(res, 403, 'forbidden');
    let stat;
    try {
      file = fs.realpathSync(file); // a symlink must not lead out of the site
      if (!inside(realRoot, file)) return send(res, 403, 'forbidden');
      stat = fs.statSync(file);
      if (stat.isDirectory()) {
        if (!raw.endsWith('/')) return send(res, 301, 'moved', { Location: raw + '/' });
        file = path.join(file, 'index.html');
        stat = fs.statSync(file);
      }
    } catch {
      return send(res, 404, 'not found');
    }
    if (!stat.isFile()) return send(res, 404, 'not found');
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': stat.size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// ---------------------------------------------------------------- pages

/** Every *.html file below `root`, as sorted POSIX paths relative to it,
 *  except the `<id>/index.html` pages that only lead on to a notice at once
 *  (meta refresh): loading one lands on the notice page, tested itself. */
export function findPages(root) {
  const out = [];
  const walk = (dir, rel) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if ((e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.html')) {
        if (rel && e.name === 'index.html' && /http-equiv="refresh"/.test(fs.readFileSync(path.join(dir, e.name), 'utf8'))) continue;
        out.push(r);
      }
    }
  };
  walk(root, '');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function pageUrl(origin, rel) {
  return origin + '/' + rel.split('/').map(encodeURIComponent).join('/');
}

function shotName(rel, suffix) {
  return rel.replace(/\.html$/i, '').replace(/[\\/]/g, '__') + `.${suffix}.png`;
}

// ---------------------------------------------------------------- report

class Unit {
  constructor(label) {
    this.label = label;
    this.lines = [];
    this.violations = 0;
    this.failed = 0;
    this.checks = 0;
  }
  ok(name, detail) {
    this.checks++;
    this.lines.push(`  ok    ${name}${detail ? ` (${detail})` : ''}`);
  }
  fail(name, detail) {
    this.checks++;
    this.failed++;
    this.lines.push(`  FAIL  ${name}${detail ? `: ${detail}` : ''}`);
  }
  check(cond, name, detail, failDetail) {
    if (cond) this.ok(name, detail);
    else this.fail(name, failDetail ?? detail);
    return cond;
  }
  note(text) {
    this.lines.push(`  ..    ${text}`);
  }
  axe(result, what = 'axe') {
    this.checks++;
    if (result.violations.length === 0) this.lines.push(`  ok    ${what}: no violations`);
    for (const v of result.violations) {
      this.violations++;
      this.lines.push(`  FAIL  ${what} ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.nodes} node${v.nodes === 1 ? '' : 's'})`);
      for (const t of v.targets) this.lines.push(`          ${t}`);
      if (v.nodes > v.targets.length) this.lines.push(`          … and ${v.nodes - v.targets.length} more`);
      this.lines.push(`          ${v.helpUrl}`);
    }
    if (result.incomplete.length) {
      this.note(`${what} needs review: ${result.incomplete.map((v) => `${v.id} (${v.nodes})`).join(', ')}`);
    }
  }
  print() {
    const status = this.failed || this.violations ? 'FAIL' : 'OK';
    console.log(`${status}  ${this.label}`);
    for (const l of this.lines) console.log(l);
  }
}

// ---------------------------------------------------------------- browser helpers

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page. The source goes in through page.evaluate rather
 * than page.addScriptTag: an inline <script> element would be refused by a
 * strict Content-Security-Policy on the page (and log a console error).
 */
async function runAxe(page, rules = null) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: TAGS };
  return page.evaluate(async (runOnly) => {
    const r = await window.axe.run(document, { runOnly, resultTypes: ['violations', 'incomplete'] });
    const target = (n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' ');
    const pack = (v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 5).map(target),
    });
    return { violations: r.violations.map(pack), incomplete: r.incomplete.map(pack) };
  }, runOnly);
}

/**
 * Opens a page that records console errors, uncaught exceptions, failed local
 * requests and (blocked) requests to other origins into `rec`.
 */
async function openPage(ctx, origin, rec, { blockScripts = false } = {}) {
  const page = await ctx.newPage();
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.location()?.url || '';
    if (rec.external.some((u) => where === u)) return; // already reported as an external request
    if (/ERR_BLOCKED_BY_CLIENT/.test(m.text())) return; // our own block of an external request
    if (blockScripts && /Content Security Policy/i.test(m.text()) && /script/i.test(m.text())) return;
    rec.console.push(m.text());
  });
  page.on('pageerror', (e) => rec.console.push(`uncaught ${e.name || 'error'}: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().startsWith(origin + '/')) rec.http.push(`${r.status()} ${r.url().slice(origin.length)}`);
  });
  page.on('requestfailed', (r) => {
    const u = r.url();
    const why = r.failure()?.errorText;
    // A request the test's own navigation cut short (the search data, loaded
    // when the search field gets focus, while the test reloads the page) is
    // not a failure of the site.
    if (why === 'net::ERR_ABORTED') return;
    if (u.startsWith(origin + '/') && !rec.external.includes(u)) rec.http.push(`failed ${u.slice(origin.length)}: ${why}`);
  });
  await page.route('**/*', async (route) => {
    const req = route.request();
    const u = req.url();
    const local = u.startsWith(origin + '/') || /^(data|blob|about):/.test(u);
    if (!local) {
      rec.external.push(u);
      return route.abort('blockedbyclient');
    }
    if (blockScripts && req.resourceType() === 'document') {
      // Emulates a browser without JavaScript while keeping the engine on for
      // axe (whose timers never fire in a javaScriptEnabled: false context).
      const response = await route.fetch();
      return route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
      });
    }
    return route.continue();
  });
  return page;
}

function newRecord() {
  return { console: [], external: [], http: [] };
}

async function load(page, url) {
  const resp = await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts && document.fonts.ready.then(() => true));
  return resp;
}

function reportRecord(unit, rec) {
  const ext = [...new Set(rec.external)];
  unit.check(ext.length === 0, 'self-contained: no request to another origin', null,
    `${ext.length} blocked: ${ext.slice(0, 5).join(', ')}`);
  const con = [...new Set(rec.console)];
  unit.check(con.length === 0, 'no console errors', null, con.slice(0, 5).map((c) => JSON.stringify(c.slice(0, 300))).join('; '));
  const http = [...new Set(rec.http)];
  unit.check(http.length === 0, 'every local request succeeded', null, http.slice(0, 5).join(', '));
}

// Page-side helpers, installed into the page with installHelpers().
function pageHelpers() {
  const vis = (el) => (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0);
  const seen = [];
  window.__a11y = {
    rows: () =>
      [...document.querySelectorAll('tr.register')].map((el) => ({ title: el.querySelector('th')?.textContent.trim() || '', visible: vis(el) })),
    controllerLinks: () => [...document.querySelectorAll('.controllers a')].map((a) => a.getAttribute('href')),
    results: () => {
      const r = document.getElementById('results');
      return { visible: !!r && vis(r), links: r ? [...r.querySelectorAll('a')].filter(vis).map((a) => a.getAttribute('href')) : [] };
    },
    listingVisible: () => {
      const l = document.getElementById('listing');
      return !!l && vis(l);
    },
    // The search data, read from the file the page names (not from the page's script).
    searchData: async () => {
      const form = document.getElementById('filter-form');
      if (!form) return null;
      const text = await (await fetch(form.getAttribute('data-src'))).text();
      const m = text.match(/^selosteSearch\(([\s\S]*)\);\s*$/);
      return m ? JSON.parse(m[1]) : null;
    },
    groups: () => [...document.querySelectorAll('.group')].map((el) => ({ id: el.id, visible: vis(el) })),
    status: () => [...document.querySelectorAll('[role=status]')].map((el) => el.textContent.trim().replace(/\s+/g, ' ')).join(' | '),
    radios: () =>
      [...document.querySelectorAll('input[type=radio][name=controller]')].map((el) => ({
        id: el.id,
        value: el.value,
        checked: el.checked,
        focused: document.activeElement === el,
        controls: el.getAttribute('aria-controls'),
      })),
    filterVisible: () => {
      const f = document.getElementById('filter');
      return !!f && vis(f);
    },
    focus: () => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      let index = seen.indexOf(el);
      if (index < 0) seen.push(el);
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
      const r = el.getBoundingClientRect();
      const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
      const label = el.labels && el.labels.length ? el.labels[0].innerText : '';
      const text = (el.getAttribute('aria-label') || label || el.innerText || el.value || '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const main = document.getElementById('main');
      return {
        seen: index,
        tag: el.tagName.toLowerCase(),
        id: el.id,
        type: el.getAttribute('type') || '',
        name: el.getAttribute('name') || '',
        href: el.getAttribute('href'),
        text,
        indicator: outline || shadow,
        style: `outline ${cs.outlineStyle} ${cs.outlineWidth}, box-shadow ${cs.boxShadow}`,
        onScreen,
        inMain: !!main && (main === el || main.contains(el)),
        isMain: !!main && main === el,
        isFilter: el.id === 'filter',
        isController: el.matches('input[type=radio][name=controller]'),
      };
    },
  };
}

async function installHelpers(page) {
  await page.evaluate(`(${pageHelpers.toString()})()`);
}

function describe(f) {
  let s = f.tag + (f.id ? `#${f.id}` : '');
  if (f.type) s += `[type=${f.type}]`;
  if (f.name) s += `[name=${f.name}]`;
  if (f.href) s += ` href=${f.href}`;
  return `${s} "${f.text}"`;
}

/** Fresh load of `url`, with focus at the top of the document. */
async function fresh(page, url) {
  await load(page, url);
  await installHelpers(page);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  });
}

async function tabTo(page, count) {
  for (let i = 0; i < count; i++) await page.keyboard.press('Tab');
  return page.evaluate(() => window.__a11y.focus());
}

async function waitFor(page, fn, arg) {
  try {
    await page.waitForFunction(fn, arg, { timeout: WAIT_MS, polling: 50 });
    return true;
  } catch {
    return false;
  }
}


/** WCAG 1.4.10: at 320 CSS px nothing may need horizontal scrolling. */
async function reflow(page, unit) {
  await page.setViewportSize(NARROW);
  const w = await page.evaluate((vw) => {
    const name = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('');
    const boxOut = (el) => !!el && el.getBoundingClientRect().right > vw + 0.5;
    const textOut = (el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible';
    const all = [...document.body.querySelectorAll('*')].filter((el) => el.checkVisibility());
    const set = all.filter((el) => (boxOut(el) && !boxOut(el.parentElement)) || textOut(el));
    const culprits = set.filter((el) => !set.some((o) => o !== el && el.contains(o)));
    return {
      scroll: document.documentElement.scrollWidth,
      culprits: culprits.slice(0, 5).map((el) => `${name(el)} "${el.textContent.replace(/\s+/g, ' ').trim().slice(0, 30)}"`),
    };
  }, NARROW.width);
  unit.check(w.scroll <= NARROW.width, `no horizontal scrolling at ${NARROW.width} px (WCAG 1.4.10 reflow)`, null,
    `the page is ${w.scroll} px wide; too wide: ${w.culprits.join(', ') || 'unknown'}`);
}

/** A notice's "at a glance" summary fits one phone screen. */
async function glanceFits(page, unit) {
  await page.setViewportSize(PHONE);
  const h = await page.evaluate(() => {
    const g = document.querySelector('.glance');
    return g ? g.getBoundingClientRect().height : null;
  });
  if (h === null) return;
  unit.check(h <= PHONE.height, `"at a glance" fits one ${PHONE.width}x${PHONE.height} phone screen`, null,
    `it is ${Math.round(h)} px tall`);
}

// ---------------------------------------------------------------- index.html keyboard test

/** The notices of the site's notices.json ([{id, title: {lang: text}}]). */
async function siteNotices(origin) {
  const res = await fetch(`${origin}/notices.json`);
  return (await res.json()).notices;
}

async function keyboardTest(ctx, origin, unit) {
  const rec = newRecord();
  const page = await openPage(ctx, origin, rec);
  const url = pageUrl(origin, 'index.html');
  const state = { rows: null };
  try {
    // 1. The Tab walk: focus order and focus indicators.
    await fresh(page, url);
    const order = [];
    let end = `stopped after ${MAX_TABS} presses`;
    for (let i = 0; i < MAX_TABS; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => window.__a11y.focus());
      if (!f) {
        end = 'focus left the page';
        break;
      }
      if (f.seen === 0) {
        end = 'focus wrapped to the first element';
        break;
      }
      if (f.seen > 0) {
        end = `focus returned to element ${f.seen + 1}`;
        break;
      }
      order.push(f);
    }
    unit.note(`focus order (${order.length} elements, ${end}):`);
    order.forEach((f, i) => unit.note(`  ${String(i + 1).padStart(2)}. ${describe(f)}`));
    unit.check(order.length > 0, 'Tab reaches a focusable element');
    const noIndicator = order.filter((f) => !f.indicator || !f.onScreen);
    unit.check(noIndicator.length === 0, 'every focused element is on screen with a visible focus indicator', null,
      noIndicator.slice(0, 5).map((f) => `${describe(f)} (${f.onScreen ? '' : 'off screen; '}${f.style})`).join('; '));

    // 2. The skip link.
    const first = order[0];
    const skipOk = unit.check(!!first && first.tag === 'a' && first.href === '#main', 'the skip link (<a href="#main">) is focused first',
      null, first ? `first is ${describe(first)}` : 'nothing focused');
    const hasMain = await page.evaluate(() => !!document.getElementById('main'));
    unit.check(hasMain, 'the page has an element with id="main"');
    if (skipOk && hasMain) {
      await fresh(page, url);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(100);
      const after = await page.evaluate(() => ({ hash: location.hash, focus: window.__a11y.focus() }));
      if (after.focus && after.focus.inMain) {
        unit.ok('Enter on the skip link moves focus to #main', describe(after.focus));
      } else {
        const next = await tabTo(page, 1);
        unit.check(!!next && next.inMain, 'Enter on the skip link moves focus to #main',
          next ? `location ${after.hash}, the next Tab lands on ${describe(next)}` : null,
          `location hash "${after.hash}", focus on ${after.focus ? describe(after.focus) : 'the body'}, the next Tab on ${next ? describe(next) : 'nothing'}`);
      }
    }

    // 3. The register search: it loads the site's search data (the file named
    // by the form's data-src) and lists the matching registers in #results.
    await fresh(page, url);
    const rows0 = await page.evaluate(() => window.__a11y.rows());
    state.rows = rows0;
    const listed = await page.evaluate(() => window.__a11y.controllerLinks().length);
    unit.check(rows0.length > 0 || listed > 0, 'the index lists registers (tr.register rows) or, on a paged site, their controllers',
      `${rows0.length} rows, ${listed} controller links`);
    const filterIndex = order.findIndex((f) => f.isFilter);
    const filterShown = await page.evaluate(() => window.__a11y.filterVisible());
    unit.check(filterIndex >= 0, 'the search input #filter is reachable by Tab', filterIndex >= 0 ? `Tab ${filterIndex + 1}` : null,
      filterShown ? 'it is visible but never got focus' : 'there is no visible #filter');
    const notices = await siteNotices(origin);
    const data = await page.evaluate(() => window.__a11y.searchData());
    unit.check(!!data && data.notices.length === notices.length, 'the search data lists every notice of notices.json',
      data ? `${data.notices.length} of ${notices.length}` : null, data ? `${data.notices.length} of ${notices.length}` : 'it did not load');
    if (filterIndex >= 0 && data && data.notices.length > 0) {
      const f = await tabTo(page, filterIndex + 1);
      if (!f || !f.isFilter) {
        unit.fail('the search input #filter is reached again by Tab', f ? describe(f) : 'nothing focused');
      } else {
        const clear = async () => {
          await page.keyboard.press('Control+A');
          await page.keyboard.press('Backspace');
        };
        // The first register of the search data, by its title on this page.
        const [href0, title0] = data.notices[0];
        const resultsOk = (q) => {
          const r = window.__a11y.results();
          return r.visible && r.links.length > 0 && r.links.includes(q.href) && !window.__a11y.listingVisible();
        };
        await page.keyboard.type(title0);
        const ok = await waitFor(page, resultsOk, { href: href0 });
        const r1 = await page.evaluate(() => window.__a11y.results());
        unit.check(ok, `typing "${title0}" lists the register in #results and hides the full list`, `${r1.links.length} results`,
          `${r1.links.length} results, visible ${r1.visible}, ${r1.links.slice(0, 3).join(', ')}`);
        const expectedCount = data.notices.filter((n) => title0.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).every((w) => n[3].includes(w))).length;
        const st = await page.evaluate(() => window.__a11y.status());
        const max = await page.evaluate(() => Number(document.getElementById('results').getAttribute('data-max')));
        unit.check(st.includes(String(expectedCount)) && r1.links.length === Math.min(expectedCount, max),
          'the role=status element says how many registers match', `"${st}"`, `"${st}", expected ${expectedCount} matches`);
        await clear();
        unit.check(await waitFor(page, () => !window.__a11y.results().visible && window.__a11y.listingVisible()),
          'clearing the search shows the full list again');
        // A word of another language version's title (notices.json), which the
        // title on this page does not contain, finds the register too.
        const pageLang = await page.evaluate(() => document.documentElement.lang);
        let probe = null;
        for (const n of notices) {
          const own = (n.title[pageLang] || '').toLocaleLowerCase();
          // Swedish first: the issue's case (a Finnish page, a Swedish word).
          for (const [lang, t] of Object.entries(n.title).sort(([a], [b]) => (b === 'sv') - (a === 'sv'))) {
            if (lang === pageLang) continue;
            const w = t.split(/[^\p{L}\p{N}]+/u).filter((x) => x.length > 3 && !own.includes(x.toLocaleLowerCase()))
              .sort((a, b) => b.length - a.length)[0];
            if (w) { probe = { id: n.id, lang, title: t, word: w }; break; }
          }
          if (probe) break;
        }
        if (!probe) {
          unit.note('no notice has a title in another language with a word of its own: the other-language search test does not apply');
        } else {
          await page.keyboard.type(probe.word);
          const found = await waitFor(page, (p) => window.__a11y.results().links.some((h) => h.startsWith(`${p.id}/`)), probe);
          unit.check(found, `typing "${probe.word}" (from the ${probe.lang} title "${probe.title}") finds the register`);
          await clear();
          await waitFor(page, () => window.__a11y.listingVisible());
        }
        await page.keyboard.type(NO_MATCH);
        const none = await waitFor(page, () => window.__a11y.results().links.length === 0 && !window.__a11y.listingVisible()
          && window.__a11y.status() !== '');
        const status = await page.evaluate(() => window.__a11y.status());
        unit.check(none, `typing "${NO_MATCH}" lists nothing and says so in the role=status element`, `"${status}"`, `status "${status}"`);
        await clear();
        unit.check(await waitFor(page, () => window.__a11y.listingVisible() && !window.__a11y.results().visible),
          'clearing the search again shows the full list');
      }
    }

    // 4. The controller radios.
    await fresh(page, url);
    const groups0 = await page.evaluate(() => window.__a11y.groups());
    const radios0 = await page.evaluate(() => window.__a11y.radios());
    if (groups0.length < 2) {
      unit.note(`${groups0.length} controller group(s) (.group): the controller radio test does not apply`);
    } else if (unit.check(radios0.length >= 2, 'controller radios (input[type=radio][name=controller]) exist for the groups',
      `${radios0.length} radios, ${groups0.length} groups`)) {
      const radioIndex = order.findIndex((f) => f.isController);
      if (unit.check(radioIndex >= 0, 'the controller radios are reachable by Tab', `Tab ${radioIndex + 1}`, 'no radio got focus')) {
        const f = await tabTo(page, radioIndex + 1);
        const start = await page.evaluate(() => window.__a11y.radios());
        let prev = start.findIndex((r) => r.focused);
        const problems = [];
        const shownAlone = new Set();
        if (!f || !f.isController || prev < 0) problems.push('the radio is not focused again by Tab');
        for (let i = 0; i < radios0.length && problems.length === 0; i++) {
          await page.keyboard.press('ArrowDown');
          await waitFor(page, (p) => window.__a11y.radios().findIndex((r) => r.checked) !== p, prev);
          await page.waitForTimeout(50);
          const radios = await page.evaluate(() => window.__a11y.radios());
          const groups = await page.evaluate(() => window.__a11y.groups());
          const cur = radios.findIndex((r) => r.checked);
          const r = radios[cur];
          const label = r ? `#${r.id || '?'} (value "${r.value}")` : '';
          if (cur < 0 || cur === prev) {
            problems.push(`ArrowDown did not change the checked radio (still ${prev + 1} of ${radios.length})`);
            break;
          }
          if (!r.focused) problems.push(`focus did not follow the checked radio ${label}`);
          const visible = groups.filter((g) => g.visible);
          if (r.value === '' || r.value === 'all') {
            if (visible.length !== groups.length) problems.push(`${label} shows ${visible.length} of ${groups.length} groups, expected all`);
          } else {
            const want = groups.find((g) => g.id && (g.id === r.value || g.id === `group-${r.value}` || g.id === r.controls));
            if (visible.length !== 1) problems.push(`${label} shows ${visible.length} of ${groups.length} groups, expected 1`);
            else if (want && !want.visible) problems.push(`${label} shows #${visible[0].id}, expected #${want.id}`);
            else shownAlone.add(visible[0].id || groups.indexOf(visible[0]));
          }
          prev = cur;
        }
        if (problems.length === 0 && shownAlone.size < groups0.length) {
          problems.push(`only ${shownAlone.size} of ${groups0.length} groups can be shown on their own`);
        }
        unit.check(problems.length === 0, 'ArrowDown on the controller radios changes the checked one and hides the other groups',
          `${radios0.length} radios cycled`, problems.slice(0, 3).join('; '));
      }
    }
    reportRecord(unit, rec);
  } catch (e) {
    unit.fail('keyboard test ran to the end', e.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  return state;
}

// ---------------------------------------------------------------- main

function usage(msg) {
  if (msg) console.error(`check.mjs: ${msg}`);
  console.error('usage: node scripts/a11y/check.mjs SITE_DIR [--screenshots DIR]');
  return 2;
}

export async function main(argv) {
  let siteDir = null;
  let shots = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--screenshots') {
      if (i + 1 >= argv.length) return usage('--screenshots needs a directory');
      shots = argv[++i];
    } else if (a.startsWith('--screenshots=')) shots = a.slice('--screenshots='.length);
    else if (a === '-h' || a === '--help') return usage();
    else if (a.startsWith('-')) return usage(`unknown option ${a}`);
    else if (siteDir === null) siteDir = a;
    else return usage(`unexpected argument ${a}`);
  }
  if (!siteDir) return usage('SITE_DIR is missing');
  if (!fs.existsSync(siteDir) || !fs.statSync(siteDir).isDirectory()) return usage(`${siteDir} is not a directory`);
  if (shots === '') return usage('--screenshots needs a directory');
  if (shots) fs.mkdirSync(shots, { recursive: true });

  const started = Date.now();
  const root = path.resolve(siteDir);
  const pages = findPages(root);
  const units = [];
  const site = new Unit(`site ${siteDir}`);
  units.push(site);
  for (const p of REQUIRED_PAGES) site.check(pages.includes(p), `${p} exists at the root`);

  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    console.error(`check.mjs: cannot load playwright-core (run npm ci in scripts/a11y): ${e.message}`);
    return 2;
  }
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  const server = await serve(root);
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (e) {
    await server.close();
    console.error(`check.mjs: cannot start Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM): ${e.message.split('\n')[0]}`);
    return 2;
  }
  const { origin } = server;
  try {
    // Reduced motion: smooth scrolling would move focused elements after they are measured.
    const desktop = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    desktop.setDefaultTimeout(20000);
    for (const rel of pages) {
      const unit = new Unit(rel);
      units.push(unit);
      const rec = newRecord();
      const page = await openPage(desktop, origin, rec);
      try {
        const resp = await load(page, pageUrl(origin, rel));
        unit.check(resp && resp.status() === 200, 'loads', null, `HTTP ${resp ? resp.status() : 'no response'}`);
        if (shots) await page.screenshot({ path: path.join(shots, shotName(rel, `${DESKTOP.width}x${DESKTOP.height}`)), fullPage: true });
        unit.axe(await runAxe(page));
        // The colour rules again in the dark colour scheme (prefers-color-scheme).
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.waitForTimeout(50);
        unit.axe(await runAxe(page, DARK_RULES), 'axe (dark colour scheme)');
        if (shots && rel === 'index.html') {
          await page.screenshot({ path: path.join(shots, shotName(rel, `dark.${DESKTOP.width}x${DESKTOP.height}`)), fullPage: true });
        }
        await page.emulateMedia({ colorScheme: 'light' });
        await reflow(page, unit);
        await glanceFits(page, unit);
        reportRecord(unit, rec);
      } catch (e) {
        unit.fail('page test ran to the end', e.message.split('\n')[0]);
      } finally {
        await page.close();
      }
      if (rel !== 'index.html') continue;

      // index.html: keyboard, mobile and no-JavaScript tests.
      const kb = new Unit('index.html keyboard');
      units.push(kb);
      await keyboardTest(desktop, origin, kb);

      const mobileUnit = new Unit(`index.html on a ${MOBILE.width}x${MOBILE.height} phone`);
      units.push(mobileUnit);
      const mobile = await browser.newContext({ viewport: MOBILE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
      const mrec = newRecord();
      const mpage = await openPage(mobile, origin, mrec);
      try {
        await load(mpage, pageUrl(origin, rel));
        if (shots) await mpage.screenshot({ path: path.join(shots, shotName(rel, `${MOBILE.width}x${MOBILE.height}`)), fullPage: true });
        reportRecord(mobileUnit, mrec);
      } catch (e) {
        mobileUnit.fail('mobile test ran to the end', e.message.split('\n')[0]);
      } finally {
        await mobile.close();
      }

      const nojs = new Unit('index.html without JavaScript');
      units.push(nojs);
      const off = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, javaScriptEnabled: false });
      const nrec = newRecord();
      const npage = await openPage(off, origin, nrec);
      try {
        await npage.goto(pageUrl(origin, rel), { waitUntil: 'load' });
        // Synchronous evaluation works with JavaScript off (promises and timers do not).
        const scan = () => npage.evaluate(() => {
          const vis = (el) => el.checkVisibility({ visibilityProperty: true });
          const rows = [...document.querySelectorAll('tr.register')];
          const f = document.getElementById('filter');
          const links = (sel) => [...document.querySelectorAll(sel)].filter(vis).map((a) => a.getAttribute('href'));
          return { rows: rows.length, visible: rows.filter(vis).length, filter: !!f && vis(f),
            controllers: links('.controllers a'), pages: links('.pager a') };
        });
        const s = await scan();
        // On a paged site the registers are on the controllers' pages (and
        // their further pages): follow every link and count the rows there.
        let visible = s.visible;
        let reached = s.rows;
        const seen = new Set(['index.html']);
        const queue = [...s.controllers];
        while (queue.length > 0) {
          const href = queue.shift();
          if (seen.has(href)) continue;
          seen.add(href);
          await npage.goto(pageUrl(origin, href), { waitUntil: 'load' });
          const c = await scan();
          visible += c.visible;
          reached += c.rows;
          queue.push(...c.pages);
        }
        const expected = (await siteNotices(origin)).length;
        nojs.check(reached > 0 && visible === reached && reached === expected, 'every register is listed',
          `${visible} of ${expected} rows shown${seen.size > 1 ? ` on ${seen.size} pages` : ''}`,
          `${visible} of ${reached} rows shown${seen.size > 1 ? ` on ${seen.size} pages` : ''}, ${expected} in notices.json`);
        await npage.goto(pageUrl(origin, rel), { waitUntil: 'load' });
        nojs.check(!s.filter, 'the filter input, which needs JavaScript, is hidden');
        if (shots) await npage.screenshot({ path: path.join(shots, shotName(rel, `nojs.${DESKTOP.width}x${DESKTOP.height}`)), fullPage: true });
        reportRecord(nojs, nrec);
      } catch (e) {
        nojs.fail('no-JavaScript test ran to the end', e.message.split('\n')[0]);
      } finally {
        await off.close();
      }
      // axe cannot finish where JavaScript is off; run it where the page's own
      // scripts are refused by CSP instead, with <noscript> content shown.
      const scriptless = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
      const srec = newRecord();
      const spage = await openPage(scriptless, origin, srec, { blockScripts: true });
      try {
        await load(spage, pageUrl(origin, rel));
        await spage.evaluate(() => {
          for (const ns of [...document.querySelectorAll('noscript')]) {
            const t = document.createElement('template');
            t.innerHTML = ns.textContent;
            ns.replaceWith(t.content);
          }
        });
        nojs.axe(await runAxe(spage));
      } catch (e) {
        nojs.fail('axe without page scripts ran to the end', e.message.split('\n')[0]);
      } finally {
        await scriptless.close();
      }
    }
    await desktop.close();
  } finally {
    await browser.close();
    await server.close();
  }

  for (const u of units) u.print();
  const violations = units.reduce((n, u) => n + u.violations, 0);
  const failed = units.reduce((n, u) => n + u.failed, 0);
  const checks = units.reduce((n, u) => n + u.checks, 0);
  if (shots) console.log(`screenshots in ${shots}`);
  console.log(`failed checks: ${failed} of ${checks}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`a11y: ${pages.length} pages, ${violations} violations`);
  return violations || failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`check.mjs: ${e.stack || e}`);
      process.exit(2);
    },
  );
}
