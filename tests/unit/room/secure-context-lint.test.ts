import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const secureContext = /Needs a secure context/;

/** The lint messages that name a secure context for code placed in the learner page's folder. */
async function secureContextErrors(code: string) {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath: 'renderer/room/probe.ts' });
  return (result?.messages ?? []).filter((m) => secureContext.test(m.message));
}

describe('the lint rule that keeps the learner page off secure-context APIs', () => {
  it('refuses the clipboard, Web Crypto’s subtle, random UUIDs and notifications', async () => {
    const errors = await secureContextErrors(
      [
        "void navigator.clipboard.writeText('K7M4PX');",
        'void crypto.subtle;',
        'void crypto.randomUUID();',
        "void new Notification('Joined');",
        '',
      ].join('\n'),
    );
    expect(errors.map((e) => e.line)).toEqual([1, 2, 3, 4]);
    expect(errors.every((e) => e.severity === 2)).toBe(true);
  });

  it('lets through what plain HTTP offers, such as random values and local storage', async () => {
    const errors = await secureContextErrors(
      [
        'void crypto.getRandomValues(new Uint8Array(4));',
        "void localStorage.getItem('kam-room:place');",
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });
}, 60_000);
