// Helpers every stage of the bench shares: medians, number formats, column padding, listing a
// directory, and the log of errors seen during the run.

import fsp from 'node:fs/promises';
import path from 'node:path';

export const median = (values) => {
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const fmtBytes = (n) => n.toLocaleString('en-US');
export const fmtKB = (n) => (n < 1000 ? `${n} B` : `${(n / 1000).toFixed(1)} kB`);
export const fmtMs = (n) => (n == null ? '—' : `${Math.round(n)} ms`);
export const fmtRatio = (n) => (n == null || !Number.isFinite(n) ? '—' : `${n.toFixed(2)}x`);
export const fmtScore = (n) => (n == null ? '—' : n.toFixed(2));
export const pad = (s, n) => String(s).padStart(n);
export const padEnd = (s, n) => String(s).padEnd(n);

/** Every file under `dir`, as sorted '/'-separated paths relative to it. */
export async function walk(dir, base = dir) {
  const out = [];
  for (const ent of await fsp.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...(await walk(full, base)));
    else if (ent.isFile()) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

/** Errors seen anywhere in the run, de-duplicated, with where they were seen. */
export class ErrorLog {
  constructor() {
    this.map = new Map();
  }
  add(message, where) {
    const key = message.length > 400 ? message.slice(0, 400) + '…' : message;
    const e = this.map.get(key) ?? { message: key, count: 0, where: new Set() };
    e.count++;
    e.where.add(where);
    this.map.set(key, e);
  }
  list() {
    return [...this.map.values()].map((e) => ({ message: e.message, count: e.count, where: [...e.where] }));
  }
}
