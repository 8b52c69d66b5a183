/**
 * A short two-note chime made with the Web Audio API: nothing to download, nothing bundled.
 * Browsers allow sound only once the user has interacted with the page, so the chime is
 * prepared by the click that starts a timer, and a page nobody has touched (a projector,
 * a page opened on a timer already past zero) stays silent rather than asking.
 */
let context: AudioContext | null = null;

/** Whether the page may make a sound: the user has clicked or pressed a key in it. */
function mayPlay(): boolean {
  if (typeof AudioContext === 'undefined') return false;
  // Browsers without userActivation: only after a click has prepared the chime.
  return navigator.userActivation?.hasBeenActive ?? context !== null;
}

/** Called from the click that starts a timer (a user gesture), so the chime at zero may play. */
export function prepareChime(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  void context.resume();
}

export function playChime(): void {
  if (!mayPlay()) return;
  prepareChime();
  if (!context) return;
  const start = context.currentTime;
  // A bright major third, each note fading like a struck bell.
  for (const [offset, frequency] of [
    [0, 880],
    [0.18, 1108.73],
  ] as const) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.35, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 1.2);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 1.25);
  }
}
