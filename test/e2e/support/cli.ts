// The everyclass command line as a child process with KUBECONFIG of the private cluster: its
// exit code and output, and its stderr lines as they come (to act while it waits).
import { spawn } from 'node:child_process';
import type { LocalCluster } from '../../../hack/localenv/cluster.ts';

const cli = 'operator/src/cli/main.ts';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  /** Resolves with the first stderr line matching the pattern. */
  stderrLine(re: RegExp): Promise<string>;
  done: Promise<Run>;
}

export function start(kubeconfig: string, args: string[]): Running {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { ...process.env, KUBECONFIG: kubeconfig },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const watchers: Array<{ re: RegExp; resolve: (line: string) => void }> = [];
  child.stdout.on('data', (d: Buffer) => {
    stdout += d;
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d;
    for (const w of [...watchers]) {
      const line = stderr.split('\n').find((l) => w.re.test(l));
      if (line !== undefined) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return {
    done,
    stderrLine: (re) =>
      new Promise<string>((resolve, reject) => {
        // A line printed before the test asked counts too.
        const already = stderr.split('\n').find((l) => re.test(l));
        if (already !== undefined) return resolve(already);
        watchers.push({ re, resolve });
        void done.then((r) => reject(new Error(`exited ${r.code} before printing ${re}: ${r.stderr}`)));
      }),
  };
}

export const run = (cluster: LocalCluster, ...args: string[]): Promise<Run> =>
  start(cluster.kubeconfig, args).done;
