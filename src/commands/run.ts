import type { RunOptions } from './options.js';
import { ConfigError } from '../errors.js';

export async function runCommand(opts: RunOptions): Promise<number> {
  void opts;
  throw new ConfigError('announce run is not built yet');
}
export async function digestCommand(opts: RunOptions): Promise<number> {
  void opts;
  throw new ConfigError('announce digest is not built yet');
}
export async function planCommand(opts: RunOptions): Promise<number> {
  void opts;
  throw new ConfigError('announce plan is not built yet');
}
