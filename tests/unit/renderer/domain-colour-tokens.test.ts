import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stages } from '../../../shared/domain/stage';
import { stageColours, verdictColours } from '../../../shared/format/domain-colours';
import {
  domainColourStylesheet,
  domainColourTokens,
} from '../../../renderer/styles/domain-colour-tokens';

const stylesheets = readdirSync('renderer', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => ({ file, css: readFileSync(join('renderer', file), 'utf8') }));

const verdicts = Object.keys(verdictColours);
const tokenNames = new Set(domainColourTokens().map(([name]) => name));

describe('the domain colour tokens', () => {
  it('name every stage and verdict colour of the shared palette, with its value', () => {
    const tokens = new Map(domainColourTokens());
    for (const stage of stages) {
      expect(tokens.get(`--stage-${stage}-soft`)).toBe(stageColours[stage].soft);
      expect(tokens.get(`--stage-${stage}-ink`)).toBe(stageColours[stage].ink);
      expect(tokens.get(`--stage-${stage}-strong`)).toBe(stageColours[stage].strong);
    }
    for (const [verdict, colours] of Object.entries(verdictColours)) {
      expect(tokens.get(`--verdict-${verdict}-fill`)).toBe(colours.fill);
      expect(tokens.get(`--verdict-${verdict}-on-fill`)).toBe(colours.onFill);
      expect(tokens.get(`--verdict-${verdict}-text`)).toBe(colours.text);
    }
    expect(tokens.size).toBe(stages.length * 3 + verdicts.length * 3);
  });

  it('are declared once each on :root in the stylesheet the build writes', () => {
    const css = domainColourStylesheet();
    expect(css).toMatch(/^\/\*.*\*\/\n:root \{\n[^{}]*\}\n$/s);
    for (const name of tokenNames) expect(css.split(`${name}:`)).toHaveLength(2);
  });

  it('are what every stage or verdict custom property in the renderer stylesheets comes from', () => {
    // An unknown custom property is silently ignored by the browser: a typo would lose a colour.
    const declared = new Set(stylesheets.flatMap(({ css }) => [...css.matchAll(/(--[\w-]+):/g)]));
    const declaredNames = new Set([...declared].map((match) => match[1]));
    const unknown = stylesheets.flatMap(({ file, css }) =>
      [...css.matchAll(/var\((--(?:stage|verdict)-[\w-]+)\)/g)]
        .map((match) => match[1]!)
        .filter((name) => !tokenNames.has(name) && !declaredNames.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('leave no stage or verdict rule of the renderer stylesheets spelling a colour of its own', () => {
    const modifier = new RegExp(`--(${[...stages, ...verdicts].join('|')})\\b`);
    const literal = /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i;
    const offending = stylesheets.flatMap(({ file, css }) =>
      [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
        .filter(([, selector, body]) => modifier.test(selector!) && literal.test(body!))
        .map(([, selector]) => `${file}: ${selector!.trim()}`),
    );
    expect(offending).toEqual([]);
  });
});
