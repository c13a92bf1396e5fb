import type { GlobalOptions } from './options.js';
import { ConfigError } from '../errors.js';

export async function checkCommand(opts: GlobalOptions): Promise<number> {
  void opts;
  throw new ConfigError('announce check is not built yet');
}
