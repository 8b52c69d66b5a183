/** Shown in place of any character the bundled font cannot draw (emoji, rare scripts). */
export const SUBSTITUTE = '\uFFFD';

/**
 * Characters that only modify or join the one before (joiner, variation selectors, keycap,
 * skin tones, tag characters): dropped after a substituted character.
 */
function isJoining(codePoint: number): boolean {
  return (
    codePoint === 0x200d ||
    codePoint === 0x20e3 ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0020 && codePoint <= 0xe007f)
  );
}

/** Control characters other than newline: pdfkit would draw them as boxes or choke on them. */
function isControl(codePoint: number): boolean {
  return (codePoint < 0x20 && codePoint !== 0x0a) || (codePoint >= 0x7f && codePoint < 0xa0);
}

/**
 * Text the font can draw: every character it lacks becomes one substitute glyph, and a
 * cluster such as an emoji with its joiners and modifiers becomes a single one, not several.
 * Tabs become spaces; other control characters are dropped.
 */
export function safeText(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  let lastWasSubstitute = false;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint === 0x09) {
      out += ' ';
      lastWasSubstitute = false;
    } else if (isControl(codePoint)) {
      continue;
    } else if (lastWasSubstitute && isJoining(codePoint)) {
      continue;
    } else if (codePoint === 0x0a || hasGlyph(codePoint)) {
      out += char;
      lastWasSubstitute = false;
    } else if (!lastWasSubstitute) {
      out += SUBSTITUTE;
      lastWasSubstitute = true;
    }
  }
  return out;
}
