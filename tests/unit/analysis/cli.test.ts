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

  it('files: reads only the own text — no signature, quoted lines or history (issue 11)', () => {
    const offer = file(
      'offer-with-signature.txt',
      'Hi Sam,\n\nThanks for the interview! We would like to offer you the role.\n\nBest regards,\nJo\n-- \nJo Lind, Recruiter\nWe regret to inform you that we have decided to go with other candidates.\n',
    );
    const r1 = run([offer]);
    expect(r1.code).toBe(0);
    expect(r1.out).not.toContain('generic');
    const reply = file(
      'reply-with-history.txt',
      'Hej Sam,\ntack för samtalet, vi ses på måndag!\n\nDen tis 5 mars 2024 kl 09:12 skrev Sam Berg <sam@example.se>:\n> Tyvärr har vi valt att gå vidare med andra kandidater.\n',
    );
    expect(run([reply]).code).toBe(0);
    const outlook = file(
      'outlook.txt',
      'Hi Sam,\n\nWe have decided to go with other candidates.\n\n-----Original Message-----\nFrom: Sam\nI am 58, is that a problem? We want someone younger, they said.\n',
    );
    const r3 = run([outlook]);
    expect(r3.code).toBe(1);
    expect(r3.out).toContain(`${outlook}:3:1 generic en.`);
    expect(r3.out).not.toContain('risky');
  }, 60_000);

  it('--jsonl: reads only the own text; offsets stay relative to the row text', () => {
    const text =
      'Hej Anna,\nTyvärr har vi valt att gå vidare med andra kandidater.\n\nOn Tue, Mar 5, 2024 at 9:12 AM Anna <anna@example.com> wrote:\n> We want someone younger for our young team.\nUnquoted history line.\n';
    const r = run(['--jsonl', file('history.jsonl', `${JSON.stringify({ id: 'h', text })}\n`)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.verdict).toBe('generic-rejection');
    expect(out.flags.length).toBeGreaterThan(0);
    for (const f of out.flags) {
      expect(f.kind).not.toBe('risky');
      expect(f.text).toBe(text.slice(f.start, f.end));
      expect(f.end).toBeLessThanOrEqual(text.indexOf('On Tue'));
    }
  }, 60_000);
});
