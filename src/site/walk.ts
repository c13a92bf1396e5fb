import type * as Fs from 'node:fs';
import type { DecodedData, DecodeFailure } from '../content/front-matter.js';

/** A folder to walk: a section of a content folder, `rel` being its path under the content folder. */
export interface WalkRoot {
  abs: string;
  rel: string;
}

/** A page the walk found. `root` is the index of its WalkRoot. */
export interface FoundPage {
  root: number;
  abs: string;
  /** Under the content folder, forward slashes: `event/foo/index.md`. */
  rel: string;
  bundleIndex: boolean;
  /** A leaf bundle's other files and folders, by name. */
  resources: string[];
}

/**
 * What reading a page gave: its bytes (valid only during the call: the buffer is reused); or, from the
 * reading thread, the page decoded and whether its bytes were valid UTF-8; or why it was not read.
 */
export type PageInput =
  | { bytes: Uint8Array }
  | { decoded: DecodedData | Pick<DecodeFailure, 'ok' | 'line' | 'column' | 'message'>; invalidUtf8Line: number | null }
  | { error: string }
  | { tooLarge: number };

export type PageSink = (page: FoundPage, input: PageInput) => void;

/** One piece of the walk, directly under a root: a folder (walked whole) or a page. */
export type WalkUnit = { root: number; abs: string; rel: string } & ({ dir: true } | { dir: false; bundleIndex: boolean; resources: string[] });

export interface Walker {
  /** The pieces of the roots, in folder order. */
  units(roots: WalkRoot[]): WalkUnit[];
  /** Reads one piece: its pages, each as it is found. */
  walkUnit(unit: WalkUnit, sink: PageSink): void;
}

/** The files Hugo reads as content. */
export const CONTENT_EXT = /\.(md|markdown|html|htm)$/i;
const INDEX = /^index(\.[a-z-]+)?\.(md|markdown|html|htm)$/i;

/**
 * Hugo's page set under the roots: a leaf bundle's `index.*` is its page and everything else in it is a
 * resource; `_index.*` is a section list, not a talk; other content files are pages. Each page is read
 * as it is found, into one reused buffer one byte larger than the limit (no stat, no allocation per
 * page; a file that fills it is too large, whatever its size).
 */
export function makeWalker(fs: typeof Fs, maxBytes: number): Walker {
  const buf = Buffer.allocUnsafe(maxBytes + 1);
  const read = (page: FoundPage, sink: PageSink) => {
    let fd: number | null = null;
    let input: PageInput;
    try {
      fd = fs.openSync(page.abs, 'r');
      let length = 0;
      for (let n; length < buf.length && (n = fs.readSync(fd, buf, length, buf.length - length, null)) > 0; ) length += n;
      input = length > maxBytes ? { tooLarge: fs.fstatSync(fd).size } : { bytes: buf.subarray(0, length) };
    } catch (e) {
      input = { error: (e as Error).message };
    } finally {
      if (fd !== null) fs.closeSync(fd);
    }
    sink(page, input);
  };
  /** A folder's pieces: a leaf bundle's index pages, or its pages and sub-folders. */
  const piecesOf = (root: number, dir: string, rel: string): WalkUnit[] => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    const files = entries.filter((e) => e.isFile() && CONTENT_EXT.test(e.name));
    const out: WalkUnit[] = [];
    const page = (name: string, bundleIndex: boolean, resources: string[]): WalkUnit => ({ root, abs: `${dir}/${name}`, rel: `${rel}/${name}`, dir: false, bundleIndex, resources });
    if (files.some((e) => INDEX.test(e.name))) {
      // A leaf bundle: its index files are pages (one per language); the rest are resources.
      const resources = entries.filter((e) => !INDEX.test(e.name) && !e.name.startsWith('.')).map((e) => e.name);
      for (const f of files) if (INDEX.test(f.name)) out.push(page(f.name, true, resources));
      return out;
    }
    for (const f of files) if (!f.name.startsWith('_index.')) out.push(page(f.name, false, []));
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.')) out.push({ root, abs: `${dir}/${e.name}`, rel: `${rel}/${e.name}`, dir: true });
    return out;
  };
  const walkUnit = (unit: WalkUnit, sink: PageSink): void => {
    if (!unit.dir) return read({ root: unit.root, abs: unit.abs, rel: unit.rel, bundleIndex: unit.bundleIndex, resources: unit.resources }, sink);
    for (const u of piecesOf(unit.root, unit.abs, unit.rel)) walkUnit(u, sink);
  };
  return { units: (roots) => roots.flatMap((r, i) => piecesOf(i, r.abs, r.rel)), walkUnit };
}
