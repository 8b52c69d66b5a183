/**
 * The stage and verdict colours of shared/format/domain-colours.ts as CSS custom properties.
 * vite.config.ts writes them into the app's stylesheet at build time as the module below, so
 * the stylesheets read `var(--stage-basic-soft)` while the PDFs read the same table directly,
 * and nothing is injected at run time. Departments are not among them: a typed department's
 * colour comes from a hash of its name, so its chip is coloured by departmentColour().
 */
import { stageColours, verdictColours } from '../../shared/format/domain-colours.ts';

/** The module main.tsx imports for the tokens. */
export const DOMAIN_COLOURS_MODULE = 'virtual:domain-colours.css';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function tokensOf<Colours extends Record<keyof Colours, string>>(
  prefix: string,
  palette: Readonly<Record<string, Colours>>,
) {
  return Object.entries(palette).flatMap(([key, colours]) =>
    (Object.keys(colours) as Array<keyof Colours & string>).map(
      (role) => [`--${prefix}-${key}-${kebab(role)}`, colours[role]] as const,
    ),
  );
}

/**
 * Every token and its colour: --stage-<stage>-<soft|ink|strong> and
 * --verdict-<verdict>-<fill|on-fill|text>.
 */
export function domainColourTokens(): ReadonlyArray<readonly [name: string, colour: string]> {
  return [...tokensOf('stage', stageColours), ...tokensOf('verdict', verdictColours)];
}

/** The tokens as the stylesheet the renderer imports. */
export function domainColourStylesheet(): string {
  const lines = domainColourTokens().map(([name, colour]) => `  ${name}: ${colour};`);
  return `/* From shared/format/domain-colours.ts, at build time. */\n:root {\n${lines.join('\n')}\n}\n`;
}
