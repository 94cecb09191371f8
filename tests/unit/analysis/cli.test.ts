import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'klarsvar-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: string) {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('analyze CLI', () => {
  it('--jsonl: one JSON line per input, in order, exit 0', () => {
    const p = file(
      'in.jsonl',
      `${JSON.stringify({ id: 'a', text: 'Hej! Tyvärr går vi inte vidare med din ansökan.', lang: 'ignored' })}\n\n${JSON.stringify({ id: 'b', text: 'Hi, we would love to invite you to an interview.' })}\n`,
    );
    const r = run(['--jsonl', p]);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]).toMatchObject({ lang: 'sv', verdict: 'generic-rejection' });
    expect(Object.keys(lines[0])).toEqual(['id', 'lang', 'verdict', 'score', 'flags']);
    const f = lines[0].flags[0];
    expect(Object.keys(f)).toEqual(['kind', 'rule', 'start', 'end', 'text']);
    expect(f.text).toBe('Hej! Tyvärr går vi inte vidare med din ansökan.'.slice(f.start, f.end));
    expect(lines[1]).toMatchObject({ verdict: 'not-rejection', flags: [] });
  }, 60_000);

  it('--jsonl - reads stdin', () => {
    const r = run(
      ['--jsonl', '-'],
      `${JSON.stringify({ id: 7, text: 'Vi har valgt en anden kandidat.' })}\n`,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ id: 7, lang: 'da' });
  }, 60_000);

  it.each([
    ['bad JSON', '{"id":"a","text":"ok"}\n{oops\n', 'line 2'],
    ['missing id', '{"text":"hej"}\n', 'line 1'],
    ['missing text', '{"id":"a"}\n{"id":"b"}\n', 'line 1'],
  ])(
    '--jsonl exits 2 on %s and names the line',
    (_n, content, where) => {
      const r = run(['--jsonl', file(`bad-${where.replace(' ', '')}.jsonl`, content)]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(where);
    },
    60_000,
  );

  it('files: line:col findings, exit 1 for a generic rejection', () => {
    const p = file(
      'generic.txt',
      'Hej Anna,\n\nTack för din ansökan.\nVi har valt att gå vidare med andra kandidater.\n',
    );
    const r = run([p]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${p}:4:1 generic sv.other-candidates`);
  }, 60_000);

  it('files: HTML is stripped but positions refer to the original file', () => {
    const html =
      '<html><body>\n<p>Hi Sam,</p>\n<p>Thanks for applying. We&#39;ve decided to go with other candidates.</p>\n</body></html>\n';
    const p = file('t.html', html);
    const r = run([p]);
    expect(r.code).toBe(1);
    const m = /:(\d+):(\d+) generic en\./.exec(r.out);
    expect(m).not.toBeNull();
    const line = html.split('\n')[Number(m?.[1]) - 1] ?? '';
    expect(line.slice(Number(m?.[2]) - 1)).toMatch(/^We&#39;ve decided/);
  }, 60_000);

  it('files: exit 0 for specific feedback, 1 if any file has a risky flag', () => {
    const good = file(
      'good.md',
      '# Template\n\nHi {candidate}, the role requires a valid forklift licence and you have not listed one, so we cannot take your application further. Please reapply once certified!\n',
    );
    expect(run([good]).code).toBe(0);
    const risky = file(
      'risky.txt',
      'Hi, the role requires a forklift licence, which you hold, but we want someone younger for our young team, so we chose another candidate.',
    );
    expect(run([good, risky]).code).toBe(1);
  }, 60_000);
});
