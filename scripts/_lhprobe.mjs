import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { startServer } from './static-server.mjs';
import { compressDir } from './compress.mjs';
import { chromiumArgs, executablePath } from './chromium.mjs';
const dist = process.argv[2] || '/work/main/dist';
const route = process.argv[3] || '/#/explore';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lhp-'));
fs.cpSync(dist, tmp, { recursive: true });
await compressDir(tmp);
const app = await startServer({ dir: tmp, port: 0 });
const lighthouse = (await import('lighthouse')).default;
const chromeLauncher = await import('chrome-launcher');
const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: [...chromiumArgs, '--headless=new'], logLevel: 'silent' });
const url = `http://127.0.0.1:${app.port}${route}`;
for (let i = 0; i < Number(process.argv[4] || 1); i++) {
  const res = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = res.lhr.audits;
  console.log('LCP', a['largest-contentful-paint'].numericValue|0, 'TTI', a['interactive'].numericValue|0, 'TBT', a['total-blocking-time'].numericValue|0, 'FCP', a['first-contentful-paint'].numericValue|0);
  for (const t of a['long-tasks']?.details?.items ?? []) console.log('  long task', t.url, 'start', t.startTime|0, 'dur', t.duration|0);
  if (i === 0) {
    for (const r of a['network-requests'].details.items) console.log('  req', r.url.replace(/.*\//, ''), 'start', r.networkRequestTime|0, 'end', r.networkEndTime|0, r.transferSize, r.priority, r.resourceType);
    for (const t of a['mainthread-work-breakdown'].details.items) console.log('  mt', t.group, t.duration|0);
    for (const t of a['bootup-time'].details.items) console.log('  boot', t.url.replace(/.*\//, ''), t.total|0, t.scripting|0);
  }
}
await chrome.kill();
app.close?.(); process.exit(0);
