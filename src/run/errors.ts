import { AnnounceError } from '../errors.js';

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The exit code a failed delivery stands for: 2 for configuration (credentials a transport rejected), else 1. */
export const exitCodeOf = (error: unknown): 1 | 2 => (error instanceof AnnounceError && error.exitCode === 2 ? 2 : 1);
