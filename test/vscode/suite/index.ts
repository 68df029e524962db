// The extensionTestsPath module: VS Code's extension host (under @vscode/test-electron, or in
// code-server through the workbench's development payload) calls run() once the window is up.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

export async function run(): Promise<void> {
  // BERTH_TEST_GREP runs only the matching tests (while working on one area).
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, grep: process.env.BERTH_TEST_GREP || undefined });
  const testsRoot = path.resolve(__dirname, '..');
  for (const file of readdirSync(testsRoot).filter((name) => name.endsWith('.test.js')).sort()) mocha.addFile(path.join(testsRoot, file));

  const results: TestResult[] = [];
  const notes: string[] = [];
  (globalThis as { berthTestNote?: (note: string) => void }).berthTestNote = (note) => notes.push(note);

  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('fail', (test, error: Error) => results.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? String(error) }));
  });

  const report = { passed: results.filter((r) => r.state === 'passed').length, failed: results.filter((r) => r.state === 'failed').length, results, notes };
  const reportPath = process.env.BERTH_TEST_REPORT;
  if (reportPath) writeFileSync(reportPath, JSON.stringify(report, null, 2));
  if (report.failed > 0) throw new Error(`${report.failed} extension test(s) failed`);
}
