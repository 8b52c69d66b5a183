import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in AudioContext that counts how often the page asked for sound. */
function fakeAudio() {
  const made: number[] = [];
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    constructor() {
      made.push(1);
    }
    resume() {
      return Promise.resolve();
    }
    createOscillator() {
      return { type: '', frequency: {}, connect: (node: unknown) => node, start() {}, stop() {} };
    }
    createGain() {
      const ramp = () => undefined;
      return {
        gain: { setValueAtTime: ramp, exponentialRampToValueAtTime: ramp },
        connect: (node: unknown) => node,
      };
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return made;
}

async function chimeIn(page: { hasBeenActive: boolean } | null) {
  vi.resetModules();
  vi.stubGlobal('navigator', page ? { userActivation: page } : {});
  return import('../../../renderer/exercises/chime');
}

afterEach(() => vi.unstubAllGlobals());

describe('the chime at zero', () => {
  it('never asks for sound in a page nobody has clicked or typed in', async () => {
    const made = fakeAudio();
    const { playChime } = await chimeIn({ hasBeenActive: false });
    playChime();
    expect(made).toHaveLength(0);
  });

  it('plays once the user has interacted with the page, on one audio context', async () => {
    const made = fakeAudio();
    const { playChime } = await chimeIn({ hasBeenActive: true });
    playChime();
    playChime();
    expect(made).toHaveLength(1);
  });

  it('where the browser cannot say, plays only after a click on a timer prepared it', async () => {
    const made = fakeAudio();
    const { playChime, prepareChime } = await chimeIn(null);
    playChime();
    expect(made).toHaveLength(0);
    prepareChime();
    playChime();
    expect(made).toHaveLength(1);
  });
});
