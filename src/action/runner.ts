/**
 * The few runner interfaces the action uses, in place of @actions/core: outputs and state are appended to the files
 * the runner names (GITHUB_OUTPUT, GITHUB_STATE), messages are workflow commands on stdout.
 */
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { workflowCommand } from '../workflow-commands.js';

function appendTo(fileVar: 'GITHUB_OUTPUT' | 'GITHUB_STATE', name: string, value: string, env: NodeJS.ProcessEnv): void {
  const file = env[fileVar];
  if (!file) return; // outside Actions (a local trial): nothing to hand on
  // The multi-line form, with a delimiter no value contains, as @actions/core writes it.
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

export const setOutput = (name: string, value: string | number, env = process.env) => appendTo('GITHUB_OUTPUT', name, String(value), env);
export const saveState = (name: string, value: string, env = process.env) => appendTo('GITHUB_STATE', name, value, env);
/** A value saved by the main step, as the runner hands it to the post step. */
export const getState = (name: string, env = process.env) => env[`STATE_${name}`] ?? '';

export const errorCommand = (message: string) => workflowCommand('error', message);
export const maskCommand = (value: string) => workflowCommand('add-mask', value);
