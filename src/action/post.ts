/**
 * The action's post step (action.yml `runs.post`, bundled as bundle/post.mjs). The runner runs it at the end of the
 * job, also when the job was cancelled or timed out in the middle of a run. The main step settles the ledger itself;
 * when it was stopped before that, this step commits and pushes what the run had recorded (the ledger and its
 * journal), so the next run does not send it again.
 */
import path from 'node:path';
import { commitLedger } from './git.js';
import { commitsLedger, readInputs } from './inputs.js';
import { errorCommand, getState } from './runner.js';
import { inert } from '../workflow-commands.js';

const out = (line: string) => process.stdout.write(`${inert(line)}\n`);
const command = (line: string) => process.stdout.write(`${line}\n`);

export async function post(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = readInputs(env);
  if ('errors' in parsed || !commitsLedger(parsed.inputs) || getState('ledger', env) === 'done') return 0;
  out('The run was stopped before its ledger was committed: committing what it recorded.');
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const result = await commitLedger({
    cwd: path.resolve(workspace, parsed.inputs.site),
    ledger: parsed.inputs.ledger,
    log: out,
    error: (l) => command(errorCommand(l)),
    pushUnpushed: true,
    env,
  });
  return result === 'failed' ? 1 : 0;
}

process.exitCode = await post();
