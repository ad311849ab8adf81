// Starts `dateline serve` on a free port and Debian's chromium through playwright-core, for the e2e tests.
// Environment: DATELINE_CLASSPATH (the dateline jar), DATELINE_E2E_OUT (screenshot folder), CHROMIUM (binary).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..', '..');
export const screenshots = resolve(process.env.DATELINE_E2E_OUT ?? join(root, 'target', 'e2e'));
mkdirSync(screenshots, { recursive: true });

/** Serves a data folder; resolves with {url, token, stop} once the server announces its address. */
export function serve(dataDir) {
  const classpath = process.env.DATELINE_CLASSPATH ?? join(root, 'dateline-cli', 'target', 'dateline.jar');
  const child = spawn('java', ['-Xmx1g', '-cp', classpath, 'io.dateline.cli.Main', 'serve', '--data', dataDir,
    '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 60000);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const address = log.match(/http:\/\/[\d.]+:(\d+)\//);
      if (address) {
        clearTimeout(timer);
        const token = log.match(/write token \(shown once, keep it\): (\S+)/)?.[1] ?? null;
        resolvePromise({
          url: `http://127.0.0.1:${address[1]}/`, token,
          stop: () => new Promise((done) => { child.removeAllListeners('exit'); child.on('exit', done); child.kill(); }),
        });
      }
    });
  });
}

/** A fresh headless chromium profile; returns {context, page, close}. */
export async function browser() {
  const profile = mkdtempSync(join(tmpdir(), 'dateline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 768 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(15000);
  return { context, page, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Waits until the workbench has drawn every view for the current filters. */
export async function ready(page) {
  await page.waitForSelector('body[data-ready="true"]');
}

export async function shot(page, name) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
}
