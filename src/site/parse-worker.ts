/**
 * A worker thread that reads and parses a share of a large site's pages, so that a site of thousands of
 * talks is read on every core. It runs the same code as the main thread (readAndParse).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readAndParse, type PageJob } from './read-pages.js';
import type { PageSiteInfo } from '../content/page.js';

const { jobs, info } = workerData as { jobs: PageJob[]; info: PageSiteInfo };
parentPort!.postMessage(readAndParse(jobs, info));
