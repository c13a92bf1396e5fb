import type { GlobalOptions } from './options.js';
import { ConfigError } from '../errors.js';

export async function listCommand(opts: GlobalOptions): Promise<number> {
  void opts;
  throw new ConfigError('announce list is not built yet');
}
