import type { PreviewOptions } from './options.js';
import { ConfigError } from '../errors.js';

export async function previewCommand(opts: PreviewOptions): Promise<number> {
  void opts;
  throw new ConfigError('announce preview is not built yet');
}
