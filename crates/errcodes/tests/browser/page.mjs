// The generated HTML page (`generated/docs/error-codes.html`) driven in headless Chromium,
// the way a reader uses it: filter, category select, deep links, copy buttons, dark mode and
// phone width. `tests/it/browser.rs` runs this script; it exists because only a real browser
// can tell whether the page's script, styles and escaping work.
//
//   node page.mjs HTML ARTIFACTS TOTAL [--expected JSON | --hostile JSON]
//
// HTML is the page, loaded through a file:// URL; ARTIFACTS the folder for the screenshots
// (desktop.png, desktop-1406.png and dark.png at 1280×900, phone.png at 375×812; hostile-light,
// hostile-dark and hostile-phone.png in --hostile mode); TOTAL the number of codes the page
// must list. JSON (a file) is what the registry says:
// {"codes": {"CODE": {"name", "message", "http", "category"}}, "categories": {"ID": "LABEL"},
//  "retired": ["CODE", …]}.
// `--hostile` is for a page generated from the escaping fixture: it runs the checks that
// hold for any registry plus the ones that markup in the registry's texts must not break,
// instead of the facts of the real registry.
//
// playwright-core is resolved through NODE_PATH (set by browser.rs). Each check prints one
// `ok` or `not ok` line; the exit status is 1 when any failed. Every check also fails on a
// request that is not file: or data:, a page error, a console error or a dialog.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { chromium } = createRequire(import.meta.url)('playwright-core');

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { expected: { type: 'string' }, hostile: { type: 'string' } },
});
if (positionals.length !== 3 || (options.expected && options.hostile)) {
  console.error('usage: node page.mjs HTML ARTIFACTS TOTAL [--expected JSON | --hostile JSON]');
  process.exit(2);
}
const [htmlPath, artifacts, totalArg] = positionals;
const TOTAL = Number(totalArg);
const hostile = options.hostile !== undefined;
const expectedFile = options.hostile ?? options.expected;
const expected = expectedFile ? JSON.parse(fs.readFileSync(expectedFile, 'utf8')) : undefined;
const PAGE_URL = pathToFileURL(path.resolve(htmlPath)).href;
fs.mkdirSync(artifacts, { recursive: true });

// Debian's chromium; the machine has no network, and these flags keep Chromium from trying.
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = {
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 1,
};

// ---- Harness ---------------------------------------------------------------------------

let failures = 0;

/** Runs one check in its own browser context and prints its line. */
async function check(name, contextOptions, body) {
  const started = performance.now();
  const context = await browser.newContext({ ...DESKTOP, ...contextOptions });
  const trouble = [];
  const open = async (hash = '') => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('request', (r) => {
      if (!/^(file|data):/.test(r.url())) trouble.push(`external request: ${r.url()}`);
    });
    page.on('websocket', (ws) => trouble.push(`websocket: ${ws.url()}`));
    page.on('pageerror', (e) => trouble.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') trouble.push(`console error: ${m.text()}`);
    });
    page.on('dialog', async (d) => {
      trouble.push(`dialog (${d.type()}): ${d.message()}`);
      await d.dismiss();
    });
    await page.goto(PAGE_URL + hash, { waitUntil: 'load' });
    return page;
  };
  try {
    await body(open, context);
    // Late errors (timers, clipboard promises) still count.
    for (const page of context.pages()) await page.waitForTimeout(50);
    assert.deepEqual(trouble, [], 'the page must make no external request and raise no error');
    console.log(`ok - ${name} (${Math.round(performance.now() - started)} ms)`);
  } catch (e) {
    failures += 1;
    console.log(`not ok - ${name}`);
    console.log(String(e.stack ?? e).replace(/^/gm, '    '));
    if (trouble.length) console.log(trouble.map((t) => `    ${t}`).join('\n'));
  } finally {
    await context.close();
  }
}

/**
 * The table as the page shows it: for every code row its fields, whether it has the
 * `hidden` attribute and whether it is rendered; the count's text; the filter inputs.
 */
function table(page) {
  return page.evaluate((labels) => {
    const cell = (r, c) => r.querySelector(`td.${c}`)?.textContent ?? null;
    const rows = [...document.querySelectorAll('#codes tbody tr')].map((r) => ({
      id: r.id,
      category: r.dataset.category ?? null,
      // The registry's label where the test knows it, else what the row shows.
      label: labels?.[r.dataset.category] ?? r.querySelector('td.category')?.textContent ?? null,
      code: cell(r, 'code'),
      http: cell(r, 'http'),
      categoryCell: cell(r, 'category'),
      name: cell(r, 'name'),
      message: cell(r, 'message'),
      hiddenAttr: r.hidden,
      rendered: r.getClientRects().length > 0,
    }));
    return {
      rows,
      count: document.getElementById('count')?.textContent ?? null,
      filter: document.getElementById('filter')?.value ?? null,
      category: document.getElementById('category')?.value ?? null,
    };
  }, expected?.categories);
}

/** The contract's filter rule, computed here independently of the page's script. */
function matches(row, query, category) {
  if (category && row.category !== category) return false;
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = [row.id, row.name, row.message, row.label, row.category, row.http.trim()]
    .join('\n')
    .toLowerCase();
  return terms.every((t) => haystack.includes(t));
}

/**
 * Asserts the visible rows are exactly those the contract's rule selects for the current
 * inputs, that `hidden` and rendering agree, and that the count says so. Returns the ids.
 */
async function assertFiltered(page, what) {
  const t = await table(page);
  for (const r of t.rows) {
    assert.equal(r.rendered, !r.hiddenAttr, `${what}: row ${r.id}: hidden attribute vs display`);
  }
  const visible = t.rows.filter((r) => r.rendered).map((r) => r.id);
  const wanted = t.rows.filter((r) => matches(r, t.filter, t.category)).map((r) => r.id);
  const few = (ids) => `${ids.length} [${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}]`;
  const extra = visible.filter((id) => !wanted.includes(id));
  const missing = wanted.filter((id) => !visible.includes(id));
  assert.ok(
    extra.length === 0 && missing.length === 0,
    `${what}: filter ${JSON.stringify(t.filter)}, category ${JSON.stringify(t.category)}: ` +
      `shown but not matching: ${few(extra)}; matching but hidden: ${few(missing)}`,
  );
  assert.equal(t.count, `显示 ${visible.length} / ${TOTAL}`, `${what}: the count`);
  return { visible, rows: t.rows };
}

/** Types `text` into the filter key by key, as a reader does, after clearing it. */
async function type(page, text) {
  await page.locator('#filter').fill('');
  await page.locator('#filter').pressSequentially(text);
}

/** The effective background (first opaque one of the element and its ancestors). */
function background(page, selector) {
  return page.evaluate((selector) => {
    let e = document.querySelector(selector);
    for (; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (!/^rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') return bg;
    }
    // The canvas: its default follows the root's used color scheme.
    return getComputedStyle(document.documentElement).colorScheme.includes('dark') &&
      matchMedia('(prefers-color-scheme: dark)').matches
      ? 'rgb(18, 18, 18)'
      : 'rgb(255, 255, 255)';
  }, selector);
}

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(css) {
  const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The row's box relative to the viewport. */
function box(page, selector) {
  return page.evaluate((selector) => {
    const r = document.querySelector(selector).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height, innerHeight, innerWidth, scrollY };
  }, selector);
}

/** Whether the row's centre shows the row itself, not something above it (a sticky bar). */
function uncovered(page, selector) {
  return page.evaluate((selector) => {
    const row = document.querySelector(selector);
    const r = row.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && row.contains(hit);
  }, selector);
}

// ---- Checks for any registry -----------------------------------------------------------

await check(`structure and initial count 显示 ${TOTAL} / ${TOTAL}`, {}, async (open) => {
  const page = await open();
  const s = await page.evaluate(() => {
    const q = (s) => document.querySelector(s);
    return {
      filter: q('input#filter')?.type,
      select: q('select#category')?.tagName,
      firstOption: q('#category option')?.value,
      options: [...document.querySelectorAll('#category option')].map((o) => o.value),
      optionTexts: Object.fromEntries([...document.querySelectorAll('#category option')].map((o) => [o.value, o.textContent])),
      count: q('#count')?.tagName,
      status: q('p#status')?.getAttribute('role'),
      retired: q('table#retired')?.tagName,
      rowsWithoutCells: [...document.querySelectorAll('#codes tbody tr')]
        .filter((r) => ['code', 'http', 'category', 'name', 'message'].some((c) => !r.querySelector(`td.${c}`)))
        .map((r) => r.id),
      rowsWithoutCopy: [...document.querySelectorAll('#codes tbody tr')]
        .filter((r) => r.querySelector('button.copy[type=button]') === null)
        .map((r) => r.id),
      retiredRows: [...document.querySelectorAll('#retired tr.retired')].map((r) => r.id),
      scripts: [...document.scripts].map((s) => s.src),
    };
  });
  assert.equal(s.filter, 'search', 'input#filter type=search');
  assert.equal(s.select, 'SELECT', 'select#category');
  assert.equal(s.firstOption, '', 'the first category option is "all" (value "")');
  assert.equal(new Set(s.options).size, s.options.length, 'category options are unique');
  assert.equal(s.count, 'OUTPUT', 'output#count');
  assert.equal(s.status, 'status', 'p#status role=status');
  if (expected) {
    // The page may leave the table out when nothing is retired.
    if (expected.retired.length) assert.equal(s.retired, 'TABLE', 'table#retired');
    assert.deepEqual(s.retiredRows, expected.retired, 'the retired rows (tr.retired, id = code)');
  }
  assert.deepEqual(s.rowsWithoutCells, [], 'rows lacking one of td.code/http/category/name/message');
  assert.deepEqual(s.rowsWithoutCopy, [], 'rows lacking button.copy[type=button]');
  assert.deepEqual(s.scripts, [''], 'one inline script, nothing loaded');

  const { rows, visible } = await assertFiltered(page, 'initial');
  assert.equal(rows.length, TOTAL, 'code rows');
  assert.equal(visible.length, TOTAL, 'every row visible at first');
  for (const r of rows) {
    assert.match(r.id, /^\d+$/, `row id ${r.id} is the code`);
    assert.equal(r.code.trim().match(/^\d+/)?.[0], r.id, `row ${r.id}: td.code starts with the code`);
    assert.ok(r.category in s.optionTexts, `row ${r.id}: data-category ${r.category} has an option`);
    assert.ok(r.categoryCell.includes(r.label), `row ${r.id}: td.category shows the label ${r.label}`);
    assert.ok(!s.retiredRows.includes(r.id), `code ${r.id} is also retired`);
  }
  assert.deepEqual(rows.map((r) => Number(r.id)), rows.map((r) => Number(r.id)).sort((a, b) => a - b), 'rows in code order');
  if (expected) {
    assert.deepEqual(rows.map((r) => r.id), Object.keys(expected.codes), 'the codes are the registry\'s');
    assert.deepEqual(
      s.options.slice(1).sort(),
      Object.keys(expected.categories).sort(),
      'one option per category',
    );
    for (const [id, label] of Object.entries(expected.categories)) {
      assert.ok(s.optionTexts[id].includes(label), `option ${id} shows ${label}: ${s.optionTexts[id]}`);
    }
    for (const r of rows) {
      const e = expected.codes[r.id];
      assert.equal(r.name, e.name, `row ${r.id}: td.name`);
      assert.equal(r.message, e.message, `row ${r.id}: td.message`);
      assert.equal(r.http.trim(), String(e.http), `row ${r.id}: td.http`);
      assert.equal(r.category, e.category, `row ${r.id}: data-category`);
    }
  }
  // Line breaks in messages are kept: whatever element holds a message's text keeps them.
  const spaces = await page.evaluate(() => [...document.querySelectorAll('#codes td.message')].flatMap((td) => {
    const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
    const out = [];
    while (walker.nextNode()) if (walker.currentNode.data.trim()) out.push(getComputedStyle(walker.currentNode.parentElement).whiteSpaceCollapse);
    return out;
  }));
  const collapsing = spaces.filter((w) => !['preserve-breaks', 'preserve', 'break-spaces'].includes(w));
  assert.deepEqual([...new Set(collapsing)], [], 'message text collapses its line breaks (white-space: pre-line wanted)');
});

await check('clearing the filter and the category restores every row', {}, async (open) => {
  const page = await open();
  const first = (await table(page)).rows[0];
  await type(page, first.id);
  assert.ok((await assertFiltered(page, 'typed')).visible.includes(first.id));
  await page.locator('#category').selectOption(first.category);
  await assertFiltered(page, 'typed and selected');
  await page.locator('#filter').fill('');
  await page.locator('#category').selectOption('');
  const { visible } = await assertFiltered(page, 'cleared');
  assert.equal(visible.length, TOTAL);
});

await check('filter: nothing matches → 显示 0 / T; case and term order do not matter', {}, async (open) => {
  const page = await open();
  await type(page, 'zzz-no-such-text-zzz');
  assert.equal((await assertFiltered(page, 'no match')).visible.length, 0);
  const rows = (await table(page)).rows;
  const r = rows.at(-1);
  const word = r.name.split('_').filter(Boolean).at(-1) ?? r.name;
  await type(page, `${word.toLowerCase()}  ${r.id}`);
  const a = (await assertFiltered(page, 'two terms')).visible;
  assert.ok(a.includes(r.id));
  await type(page, `${r.id} ${word.toUpperCase()}`);
  assert.deepEqual((await assertFiltered(page, 'swapped, upper case')).visible, a);
});

// ---- Checks of the real registry -------------------------------------------------------

if (!hostile) {
  await check('typing 1124 leaves only row 1124 (HTTP_TIMEOUT_ERROR), 显示 1 / T', {}, async (open) => {
    const page = await open();
    await type(page, '1124');
    const { visible, rows } = await assertFiltered(page, '1124');
    assert.deepEqual(visible, ['1124']);
    assert.equal(rows.find((r) => r.id === '1124').name, 'HTTP_TIMEOUT_ERROR');
    assert.equal(await page.locator('#count').textContent(), `显示 1 / ${TOTAL}`);
  });

  await check('typing quota / QUOTA leaves the quota rows, 1102 among them', {}, async (open) => {
    const page = await open();
    await type(page, 'quota');
    const { visible, rows } = await assertFiltered(page, 'quota');
    assert.ok(visible.includes('1102'), '1102 is shown');
    assert.match(rows.find((r) => r.id === '1102').message, /quota/);
    for (const r of rows) {
      if (r.message.toLowerCase().includes('quota')) assert.ok(visible.includes(r.id), `${r.id} says quota`);
    }
    assert.ok(visible.length < TOTAL);
    await type(page, 'QUOTA');
    assert.deepEqual((await assertFiltered(page, 'QUOTA')).visible, visible);
  });

  await check('typing 限流 leaves only rate_limit rows', {}, async (open) => {
    const page = await open();
    await type(page, '限流');
    const { visible, rows } = await assertFiltered(page, '限流');
    const rateLimit = rows.filter((r) => r.category === 'rate_limit').map((r) => r.id);
    const option = await page.locator('#category option[value="rate_limit"]').textContent();
    assert.ok(option.includes('限流 & 配额'), `the rate_limit option shows 限流 & 配额: ${option}`);
    assert.ok(rows.filter((r) => r.category === 'rate_limit').every((r) => r.categoryCell.includes('限流 & 配额')));
    assert.deepEqual(visible, rateLimit);
    assert.ok(visible.includes('1124'));
  });

  await check('category select rate_limit, alone and with text', {}, async (open) => {
    const page = await open();
    await page.locator('#category').selectOption('rate_limit');
    const { visible, rows } = await assertFiltered(page, 'rate_limit');
    const rateLimit = rows.filter((r) => r.category === 'rate_limit').map((r) => r.id);
    assert.deepEqual(visible, rateLimit);
    assert.ok(visible.length > 1 && visible.length < TOTAL);
    await type(page, 'timeout');
    const both = (await assertFiltered(page, 'rate_limit + timeout')).visible;
    assert.ok(both.includes('1124') && both.every((id) => rateLimit.includes(id)));
    await type(page, '1406');
    assert.deepEqual((await assertFiltered(page, 'rate_limit + 1406')).visible, [], '1406 is not rate_limit');
    await page.locator('#category').selectOption('');
    assert.deepEqual((await assertFiltered(page, '1406 in all')).visible, ['1406']);
  });

  await check('loading #1406 scrolls to row 1406 and highlights it', {}, async (open) => {
    const plain = await open();
    const untargeted = [await background(plain, 'tr[id="1406"]'), await background(plain, 'tr[id="1406"] td.name')];
    const page = await open('#1406');
    await page.waitForFunction(() => document.getElementById('1406')?.classList.contains('highlight'), null, { timeout: 20000 })
      .catch(() => assert.fail('row 1406 never got class highlight'));
    // Scrolling may be smooth: wait until it has settled in the viewport.
    await page.waitForFunction(() => {
      const r = document.getElementById('1406').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, null, { timeout: 20000 }).catch(async () => assert.fail(`row 1406 is not in the viewport: ${JSON.stringify(await box(page, 'tr[id="1406"]'))}`));
    const b = await box(page, 'tr[id="1406"]');
    assert.ok(b.scrollY > 0, 'the page scrolled');
    assert.ok(b.height > 0);
    assert.ok(await uncovered(page, 'tr[id="1406"]'), 'row 1406 is not covered by the sticky controls');
    await page.screenshot({ path: path.join(artifacts, 'desktop-1406.png') });
    const state = await page.evaluate(() => {
      const r = document.getElementById('1406');
      return { target: r.matches(':target'), name: r.querySelector('td.name').textContent, highlighted: document.querySelectorAll('.highlight').length };
    });
    assert.ok(state.target, 'row 1406 matches :target');
    assert.ok(state.name.includes('PG_DATABASE_TRANSACTION_FAILED'), state.name);
    assert.equal(state.highlighted, 1, 'one highlighted element');
    const targeted = [await background(page, 'tr[id="1406"]'), await background(page, 'tr[id="1406"] td.name')];
    const neighbour = [await background(page, 'tr[id="1405"]'), await background(page, 'tr[id="1405"] td.name')];
    assert.notDeepEqual(targeted, untargeted, 'the highlight changes row 1406\'s background');
    assert.notDeepEqual(targeted, neighbour, 'row 1406 looks unlike row 1405');
    await assertFiltered(page, 'targeted');
  });

  await check('coming back to #1406 with restored filters that hide it clears them', {}, async (open) => {
    // Going back to a page loads it again (no bfcache for file:) and Chromium restores the
    // form fields after the page's script ran: the filters hide 1406 at that point.
    const page = await open();
    await type(page, '1124');
    await page.locator('#category').selectOption('rate_limit');
    await page.evaluate(() => history.replaceState(null, '', '#1406'));
    await page.goto('about:blank');
    await page.goBack({ waitUntil: 'load' });
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation')[0].type), 'back_forward');
    await page.waitForFunction(() => document.getElementById('1406')?.classList.contains('highlight'), null, { timeout: 20000 })
      .catch(() => assert.fail('row 1406 never got class highlight'));
    await page.waitForTimeout(100);
    const { visible } = await assertFiltered(page, 'after going back');
    assert.ok(visible.includes('1406'), 'row 1406 is shown');
    // Where it scrolls is the browser's: going back restores the scroll position.
  });

  await check('copy button on row 1124 copies the URL + #1124 and says so in #status', {}, async (open, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await open();
    await page.locator('tr[id="1124"] button.copy').click();
    const url = `${PAGE_URL}#1124`;
    await page.waitForFunction((t) => document.getElementById('status').textContent === t, `已复制:${url}`, { timeout: 20000 })
      .catch(async () => assert.equal(await page.locator('#status').textContent(), `已复制:${url}`, '#status'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url, 'the clipboard');
    // From a deep link too: the fragment is replaced, not appended to.
    const deep = await open('#1406');
    await deep.locator('tr[id="1124"] button.copy').click();
    await deep.waitForFunction((t) => document.getElementById('status').textContent === t, `已复制:${url}`, { timeout: 20000 })
      .catch(async () => assert.equal(await deep.locator('#status').textContent(), `已复制:${url}`, '#status on a #1406 page'));
    assert.equal(await deep.evaluate(() => navigator.clipboard.readText()), url, 'the clipboard from a #1406 page');
  });
}

// ---- Looks -----------------------------------------------------------------------------

for (const scheme of ['light', 'dark']) {
  await check(`${scheme} colour scheme: background and text contrast`, { colorScheme: scheme }, async (open) => {
    const page = await open();
    const bg = await background(page, 'body');
    const fg = await page.evaluate(() => getComputedStyle(document.body).color);
    const l = luminance(bg);
    if (scheme === 'dark') assert.ok(l < 0.05, `dark background expected, body is ${bg} (luminance ${l.toFixed(3)})`);
    else assert.ok(l > 0.8, `light background expected, body is ${bg} (luminance ${l.toFixed(3)})`);
    assert.ok(contrast(bg, fg) >= 4.5, `text ${fg} on ${bg}: contrast ${contrast(bg, fg).toFixed(2)} < 4.5`);
    const shot = hostile ? `hostile-${scheme}.png` : scheme === 'dark' ? 'dark.png' : 'desktop.png';
    await page.screenshot({ path: path.join(artifacts, shot) });
  });
}

await check('phone width 375×812: no horizontal scroll; a deep-linked row is readable', PHONE, async (open) => {
  const id = hostile ? Object.keys(expected.codes)[0] : '1124';
  const page = await open(`#${id}`);
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
  assert.ok(widths.doc <= 375 && widths.body <= 375, `scrollWidth ${JSON.stringify(widths)} > 375`);
  const sel = `tr[id="${id}"]`;
  await page.waitForFunction((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, id, { timeout: 20000 }).catch(async () => assert.fail(`row ${id} is not in the viewport: ${JSON.stringify(await box(page, sel))}`));
  const b = await box(page, sel);
  assert.ok(b.height > 0 && b.left >= 0 && b.right <= 375, `row ${id} box ${JSON.stringify(b)}`);
  assert.ok(await uncovered(page, sel), `row ${id} is not covered by the sticky controls`);
  for (const c of ['code', 'name', 'message']) {
    const cb = await box(page, `${sel} td.${c}`);
    assert.ok(cb.width > 0 && cb.height > 0 && cb.left >= 0 && cb.right <= 375, `td.${c} of row ${id}: ${JSON.stringify(cb)}`);
  }
  const text = await page.locator(sel).innerText();
  assert.ok(text.includes(id), `row ${id} shows its code: ${text}`);
  if (!hostile) assert.ok(text.includes('HTTP_TIMEOUT_ERROR'), `row 1124 shows its name: ${text}`);
  const filter = await box(page, '#filter');
  assert.ok(filter.width > 0 && filter.right <= 375, `#filter fits: ${JSON.stringify(filter)}`);
  await page.screenshot({ path: path.join(artifacts, hostile ? 'hostile-phone.png' : 'phone.png') });
});

// ---- Checks of the escaping fixture ----------------------------------------------------

if (hostile) {
  await check('hostile texts stay text: no dialog, no __pwned, no injected elements', {}, async (open) => {
    const page = await open();
    await page.waitForTimeout(200);
    const s = await page.evaluate(() => ({
      pwned: typeof window.__pwned,
      injected: [...document.querySelectorAll('img, iframe, object, embed, frame, link[href], base, meta[http-equiv], svg, math, style ~ style')]
        .map((e) => e.outerHTML.slice(0, 120)),
      scripts: [...document.querySelectorAll('script')].map((s) => ({ src: s.getAttribute('src'), type: s.type })),
      handlers: [...document.querySelectorAll('*')].flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
      javascriptUrls: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
        .filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? e.getAttribute('formaction') ?? ''))
        .map((e) => e.outerHTML.slice(0, 120)),
      bodyHtmlHasRawScript: document.body.innerHTML.includes('<script>alert'),
    }));
    assert.equal(s.pwned, 'undefined', 'window.__pwned');
    assert.deepEqual(s.injected, [], 'elements the page does not make');
    assert.deepEqual(s.scripts, [{ src: null, type: '' }], 'the page\'s own single inline script');
    assert.deepEqual(s.handlers, [], 'inline event handlers');
    assert.deepEqual(s.javascriptUrls, [], 'javascript: URLs');
    assert.ok(!s.bodyHtmlHasRawScript, 'the <script> of a message is escaped');
  });

  await check('hostile texts: each td.name and td.message is the registry\'s text exactly', {}, async (open) => {
    const page = await open();
    const { rows } = await table(page);
    assert.deepEqual(rows.map((r) => r.id).sort(), Object.keys(expected.codes).sort());
    for (const r of rows) {
      assert.equal(r.name, expected.codes[r.id].name, `row ${r.id}: td.name`);
      assert.equal(r.message, expected.codes[r.id].message, `row ${r.id}: td.message`);
    }
    // Newlines are shown as line breaks (pre-line), not collapsed.
    const multiline = rows.find((r) => r.message.includes('\n'));
    if (multiline) {
      const shown = await page.locator(`tr[id="${multiline.id}"] td.message`).innerText();
      assert.ok(shown.includes('\n'), `row ${multiline.id}: message line breaks are rendered`);
    }
  });

  await check('hostile texts: the filter finds markup, quotes and non-BMP text literally', {}, async (open) => {
    const page = await open();
    for (const q of ['<script>', '"hi"', "'''", '*/ /*', '<b>html</b>', '&amp;', '👨\u200d👩\u200d👧', '😀', '限流 &', '{{ askama }}', '\\', '\\n', '${injected}']) {
      await page.locator('#filter').fill(q);
      const { visible } = await assertFiltered(page, `query ${JSON.stringify(q)}`);
      assert.ok(visible.length > 0, `query ${JSON.stringify(q)} finds a row`);
    }
    await page.locator('#filter').fill('');
    for (const id of Object.keys(expected.categories)) {
      await page.locator('#category').selectOption(id);
      await assertFiltered(page, `category ${id}`);
    }
  });
}

await browser.close();
console.log(failures ? `${failures} browser check(s) failed` : 'all browser checks passed');
process.exit(failures ? 1 : 0);
