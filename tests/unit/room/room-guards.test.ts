import { describe, expect, it } from 'vitest';
import { deviceLabel } from '../../../server/host/room/device-label';
import { Learners, newRoomCode, newToken } from '../../../server/host/room/learners';
import { WindowLimiter } from '../../../server/host/room/window-limiter';
import {
  formatRoomCode,
  RoomCode,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
} from '../../../shared/room/room-code';

describe('room codes', () => {
  it('are six characters from an alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i++)
      expect(newRoomCode()).toMatch(new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`));
    for (const lookAlike of ['0', 'O', '1', 'I', 'L', '5', 'S', '8', 'B', '2', 'Z'])
      expect(ROOM_CODE_ALPHABET).not.toContain(lookAlike);
  });

  it('are read however they are typed: any case, spaces or a dash', () => {
    expect(RoomCode.parse(' k7m-4px ')).toBe('K7M4PX');
    expect(formatRoomCode('K7M4PX')).toBe('K7M-4PX');
    expect(RoomCode.safeParse('K7M4P0').success).toBe(false);
    expect(RoomCode.safeParse('K7M4P').success).toBe(false);
  });
});

describe('learners’ tokens', () => {
  it('carry 256 random bits and are read only from a Bearer header', () => {
    const token = newToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const learners = new Learners();
    const ann = learners.join('p1', 'w1', 'iPhone', new Date())!;
    expect(learners.fromHeader(`Bearer ${ann.token}`)).toBe(ann);
    expect(learners.fromHeader(ann.token)).toBeNull();
    expect(learners.fromHeader(`Bearer ${token}`)).toBeNull();
    expect(learners.fromHeader(undefined)).toBeNull();
  });

  it('end when their participant is forgotten', () => {
    const learners = new Learners();
    const ann = learners.join('p1', 'w1', 'iPhone', new Date())!;
    const bob = learners.join('p2', 'w1', 'Mac', new Date())!;
    learners.forget('p1');
    expect(learners.fromHeader(`Bearer ${ann.token}`)).toBeNull();
    expect(learners.fromHeader(`Bearer ${bob.token}`)).toBe(bob);
  });
});

describe('the window limiter', () => {
  it('lets a key through up to its limit in a window, then again once the window has passed', () => {
    let now = 0;
    const limiter = new WindowLimiter(2, 1000, () => now);
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')]).toEqual([true, true, false]);
    expect(limiter.isSpent('a')).toBe(true);
    expect(limiter.hit('b')).toBe(true);
    now = 400;
    expect(limiter.retryAfterSeconds('a')).toBe(1);
    now = 1000;
    expect(limiter.isSpent('a')).toBe(false);
    expect(limiter.hit('a')).toBe(true);
  });
});

describe('device labels', () => {
  it('names a device in a word or two from its browser', () => {
    const cases: Array<[string, string]> = [
      [
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
        'iPhone',
      ],
      [
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36',
        'Android phone',
      ],
      [
        'Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
        'Android tablet',
      ],
      [
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1',
        'iPad',
      ],
      [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
        'Windows computer',
      ],
      [
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
        'Mac',
      ],
      [
        'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 Chrome/126.0 Safari/537.36',
        'Chromebook',
      ],
    ];
    for (const [ua, label] of cases) expect(deviceLabel(ua), ua).toBe(label);
    expect(deviceLabel(undefined)).toBe('Unknown device');
  });
});
