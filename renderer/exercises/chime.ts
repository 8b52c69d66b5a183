/**
 * A short two-note chime made with the Web Audio API: nothing to download, nothing bundled.
 * Browsers only allow sound after the user has interacted, so `prepareChime` is called from
 * the click that starts a timer.
 */
let context: AudioContext | null = null;

export function prepareChime(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  void context.resume();
}

export function playChime(): void {
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
