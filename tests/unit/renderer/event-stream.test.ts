import { afterEach, describe, expect, it } from 'vitest';
import type { EventSourceLike } from '../../../renderer/api/event-source-connection';
import {
  createEventStream,
  type EventStream,
  type StreamPlatform,
} from '../../../renderer/api/event-stream';
import type { TabSharing } from '../../../renderer/api/tab-shared-connection';

/** A stand-in EventSource the test opens, feeds and watches being closed. */
class FakeSource implements EventSourceLike {
  readyState = 0;
  onopen: EventSourceLike['onopen'] = null;
  onmessage: EventSourceLike['onmessage'] = null;
  onerror: EventSourceLike['onerror'] = null;
  closed = false;
  open() {
    this.readyState = 1;
    this.onopen?.call(undefined as never, new Event('open'));
  }
  send(data: string) {
    this.onmessage?.call(undefined as never, new MessageEvent('message', { data }));
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

/** One tab: its own sources, page events and (unless told otherwise) the browser's locks and channels. */
function tab(url: string, sources: FakeSource[], shared = true) {
  const leave: (() => void)[] = [];
  const back: (() => void)[] = [];
  const sharing: TabSharing = {
    locks: navigator.locks,
    openChannel: (name) => new BroadcastChannel(name),
  };
  const platform: StreamPlatform = {
    createSource: () => {
      const source = new FakeSource();
      sources.push(source);
      return source;
    },
    sharing: shared ? sharing : null,
    lifecycle: {
      onLeave: (callback) => leave.push(callback),
      onReturn: (callback) => back.push(callback),
    },
  };
  const stream: EventStream<string> = createEventStream(
    { url, parse: (data) => (data === 'bad' ? null : data), resync: 'resync' },
    platform,
  );
  const heard: string[] = [];
  const stop = stream.subscribe((event) => heard.push(event));
  return {
    heard,
    stop,
    leave: () => leave.forEach((callback) => callback()),
    comeBack: () => back.forEach((callback) => callback()),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const open = (sources: FakeSource[]) => sources.filter((source) => !source.closed);
let urls = 0;
/** Each test its own url, so its lock and channel are its own. */
const freshUrl = () => `/api/events?test=${++urls}`;

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('one event stream shared by the tabs of a browser', () => {
  it('opens one connection for three tabs and passes every event to all of them', async () => {
    const url = freshUrl();
    const sources: FakeSource[] = [];
    const tabs = [tab(url, sources), tab(url, sources), tab(url, sources)];
    stops.push(...tabs.map((t) => t.stop));
    await settle();
    expect(sources).toHaveLength(1);
    sources[0]!.open();
    sources[0]!.send('step-moved');
    sources[0]!.send('bad');
    await settle();
    // What was sent before the connection opened was not heard: every tab resyncs first.
    for (const t of tabs) expect(t.heard).toEqual(['resync', 'step-moved']);
  });

  it('hands the connection to another tab when the one holding it is left, and everyone resyncs', async () => {
    const url = freshUrl();
    const sources: FakeSource[] = [];
    const [first, second, third] = [tab(url, sources), tab(url, sources), tab(url, sources)];
    stops.push(first.stop, second.stop, third.stop);
    await settle();
    sources[0]!.open();
    await settle();
    for (const t of [first, second, third]) t.heard.splice(0);

    first.leave();
    await settle();
    expect(sources[0]!.closed).toBe(true);
    expect(open(sources)).toHaveLength(1);
    open(sources)[0]!.open();
    open(sources)[0]!.send('revealed');
    await settle();
    expect(second.heard).toEqual(['resync', 'revealed']);
    expect(third.heard).toEqual(['resync', 'revealed']);
    expect(first.heard).toEqual([]);
  });

  it('lets a page back from the cache rejoin without opening a second connection', async () => {
    const url = freshUrl();
    const sources: FakeSource[] = [];
    const [first, second] = [tab(url, sources), tab(url, sources)];
    stops.push(first.stop, second.stop);
    await settle();
    second.leave();
    second.comeBack();
    await settle();
    expect(open(sources)).toHaveLength(1);
    expect(second.heard).toEqual(['resync']);
    open(sources)[0]!.open();
    open(sources)[0]!.send('saved');
    await settle();
    expect(second.heard).toEqual(['resync', 'resync', 'saved']);
  });

  it('closes the connection when the last listener stops, so the next tab in line takes over', async () => {
    const url = freshUrl();
    const sources: FakeSource[] = [];
    const [first, second] = [tab(url, sources), tab(url, sources)];
    stops.push(second.stop);
    await settle();
    first.stop();
    await settle();
    expect(sources[0]!.closed).toBe(true);
    expect(open(sources)).toHaveLength(1);
  });
});

describe('a page that cannot share (no Web Locks outside a secure context)', () => {
  it('holds its own connection, closes it when left or frozen, and reopens it on return', () => {
    const sources: FakeSource[] = [];
    const page = tab(freshUrl(), sources, false);
    stops.push(page.stop);
    expect(sources).toHaveLength(1);
    page.leave();
    expect(sources[0]!.closed).toBe(true);
    page.comeBack();
    expect(open(sources)).toHaveLength(1);
    expect(page.heard).toEqual(['resync']);
  });

  it('resyncs when its connection first opens, as what was sent while the page loaded was not heard', () => {
    const sources: FakeSource[] = [];
    const page = tab(freshUrl(), sources, false);
    stops.push(page.stop);
    expect(page.heard).toEqual([]);
    sources[0]!.open();
    sources[0]!.send('step-moved');
    expect(page.heard).toEqual(['resync', 'step-moved']);
  });

  it('reopens a connection the host dropped and resyncs once it is back', async () => {
    const sources: FakeSource[] = [];
    const page = tab(freshUrl(), sources, false);
    stops.push(page.stop);
    sources[0]!.open();
    page.heard.splice(0);
    sources[0]!.close();
    sources[0]!.onerror?.call(undefined as never, new Event('error'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(sources).toHaveLength(2);
    sources[1]!.open();
    expect(page.heard).toEqual(['resync']);
  });
});
