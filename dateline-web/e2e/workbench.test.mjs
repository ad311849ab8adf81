// End-to-end tests of the workbench in headless chromium against `dateline serve` on seeded data
// (DATELINE_E2E_DATA: a folder seeded by io.dateline.server.WorkbenchSeed; the tests change it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { browser, ready, serve, shot } from './harness.mjs';

let server;
let chrome;
let page;

before(async () => {
  assert.ok(process.env.DATELINE_E2E_DATA, 'DATELINE_E2E_DATA must name a seeded data folder');
  server = await serve(process.env.DATELINE_E2E_DATA);
  chrome = await browser();
  page = chrome.page;
  page.on('pageerror', (error) => console.error('page error:', error));
});

after(async () => {
  await chrome?.close();
  await server?.stop();
});

async function load() {
  await page.goto(server.url);
  await ready(page);
}

async function filter(name, value) {
  const field = page.locator(`#filters [name="${name}"]`);
  if (await field.evaluate((el) => el.tagName === 'SELECT')) await field.selectOption(value);
  else await field.fill(value);
  await page.waitForSelector('body[data-ready="false"]', { timeout: 2000 }).catch(() => {});
  await ready(page);
}

/** RFC 4180 rows: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const column = (index) => page.$$eval(`#events tbody tr td:nth-child(${index})`, (cells) => cells.map((c) => c.textContent));

test('the page loads with map, timeline and table', async () => {
  await load();
  assert.match(await page.textContent('#events-caption'), /2,\d{3} events/);
  assert.equal(await page.locator('#events tbody tr').count(), 50);
  assert.ok(await page.locator('#timeline rect.bar').count() > 50, 'weekly bars');
  assert.ok(await page.locator('#map .leaflet-overlay-pane canvas').count() > 0, 'map drawn');
  assert.ok(await page.locator('#filters select[name=country] option').count() > 5, 'countries listed');
  await shot(page, '01-loaded');
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + 40, { steps: 5 });
  await page.mouse.up();
  await ready(page);
  const from = await page.inputValue('#filters [name=date_from]');
  const to = await page.inputValue('#filters [name=date_to]');
  assert.ok(from && to && from < to, `brushed ${from}..${to}`);
  const dates = await column(1);
  assert.ok(dates.every((d) => d >= from && d <= to), 'table follows the brush');
});

test('filtering by country and event type narrows the table', async () => {
  await load();
  await filter('country', 'SY');
  const countries = await column(7);
  assert.ok(countries.length > 0);
  assert.ok(countries.every((c) => c === 'SY'), countries.join());
  await filter('event_type', 'Explosions/Remote violence');
  assert.ok((await column(2)).every((t) => t === 'Explosions/Remote violence'));
  assert.ok((await column(7)).every((c) => c === 'SY'));
  const caption = await page.textContent('#events-caption');
  assert.ok(Number(caption.replace(/\D/g, '')) < 2000, caption);
  assert.match(await page.getAttribute('#export-csv', 'href'), /country=SY&event_type=Explosions/);
  await page.focus('#timeline');
  await page.keyboard.press('ArrowLeft'); // the brush from the keyboard: the last four weeks
  await ready(page);
  assert.ok(await page.inputValue('#filters [name=date_from]'), 'brush set the start date');
  assert.ok(await page.locator('#timeline rect.brush').count() === 1, 'brush drawn');
  await shot(page, '02-filtered');
});

test('an event opened from the keyboard shows its evidence and field spans highlighted', async () => {
  await load();
  await filter('q', 'market in Homs');
  await filter('q', 'Homs');
  await page.locator('#filters [name=q]').focus();
  await page.keyboard.press('Escape'); // from the filter to the first table row
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog[open] mark.evidence');
  const evidence = (await page.locator('dialog mark.evidence').allTextContents()).join('');
  assert.match(evidence, /shells/);
  assert.equal(await page.locator('dialog .article-text .hl.f-location').first().textContent(), 'Homs');
  assert.equal(await page.locator('dialog .article-text .hl.f-event_date').first().textContent(), 'Monday');
  assert.equal(await page.locator('dialog .article-text .hl.f-actor1').first().textContent(), 'Syrian Army');
  assert.equal(await page.locator('dialog .sources li').count(), 2, 'two sources merged');
  await shot(page, '03-evidence');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('dialog[open]').count(), 0);
});

test('a corrected field shows in the history and in the CSV export', async () => {
  await load();
  await page.fill('#token', server.token);
  await page.dispatchEvent('#token', 'change');
  await filter('q', 'Taiz');
  await page.locator('#events tbody tr').first().click();
  await page.waitForSelector('dialog[open] form.correct');
  await page.selectOption('dialog select[name=field]', 'fatalities');
  await page.fill('dialog input[name=value]', '7');
  await page.fill('dialog input[name=analyst]', 'e2e');
  await page.click('dialog button[type=submit]');
  await page.waitForSelector('dialog .corrections li');
  assert.match(await page.textContent('dialog .corrections'), /fatalities 3 → 7 \(e2e\)/);
  assert.equal(await page.textContent('dialog dd[data-field=fatalities]'), '7');
  await shot(page, '04-corrected');
  await page.keyboard.press('Escape');
  await ready(page);
  const csv = await page.evaluate(async () => (await fetch(document.getElementById('export-csv').href)).text());
  const [header, row, ...rest] = parseCsv(csv);
  assert.equal(rest.length, 0, csv);
  assert.equal(header[0], 'event_id_cnty');
  assert.equal(row[header.indexOf('fatalities')], '7', row.join());
});

test('not an event and split remove and separate events', async () => {
  await load();
  await page.fill('#token', server.token);
  await page.dispatchEvent('#token', 'change');
  await filter('q', 'Mosul');
  await page.locator('#events tbody tr').first().click();
  await page.click('dialog button.danger');
  await page.waitForSelector('dialog .corrections li');
  await page.keyboard.press('Escape');
  await ready(page);
  assert.equal(await page.locator('#events tbody tr').count(), 0, 'deleted event left the table');
  await filter('q', 'Homs');
  await page.locator('#events tbody tr').first().click();
  await page.waitForSelector('dialog[open] button.split');
  await page.locator('dialog button.split').first().click();
  await page.waitForFunction(() => document.querySelectorAll('dialog[open] .sources li').length === 1);
  await shot(page, '05-split');
  await page.keyboard.press('Escape');
  await ready(page);
  assert.equal(await page.locator('#events tbody tr').count(), 2, 'two events after the split');
});

test('two events the analyst knows are one are merged back', async () => {
  await load();
  await page.fill('#token', server.token);
  await page.dispatchEvent('#token', 'change');
  await filter('q', 'Homs');
  const ids = await page.$$eval('#events tbody tr', (rows) => rows.map((r) => r.dataset.id));
  assert.equal(ids.length, 2, 'the split left two Homs events');
  await page.locator(`#events tbody tr[data-id="${ids[0]}"]`).click();
  await page.fill('dialog form.merge input', ids[1]);
  await page.click('dialog form.merge button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('dialog[open] .sources li').length === 2);
  await shot(page, '06-merged');
  await page.keyboard.press('Escape');
  await ready(page);
  assert.equal(await page.locator('#events tbody tr').count(), 1, 'one event after the merge');
});

test('a pasted article is annotated at once', async () => {
  await load();
  await page.click('#tab-annotate');
  assert.ok(await page.locator('#view-workbench').isHidden(), 'the workbench hides behind the annotate tab');
  await page.fill('#annotate-form textarea', 'Protesters gathered in Baghdad on Monday, police said.');
  await page.click('#annotate-form button[type=submit]');
  await page.waitForSelector('#annotate-result .article-text .hl.m-place');
  assert.equal(await page.locator('#annotate-result .article-text .hl.m-place').first().textContent(), 'Baghdad');
  await shot(page, '07-annotate');
});
