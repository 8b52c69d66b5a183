// One simulated learner's device for the room benchmark: its own loopback address (as a phone
// has its own address on the room's Wi-Fi), its own keep-alive connections, the calls the
// learner page makes, and the time each event of its stream arrived.
import { Agent, request, type ClientRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { LEARNER_EVENTS, roomPaths, type LearnerEvent } from '../shared/room/learner-api';

/** A request that has not answered in this long is counted as failed (lost, for a save). */
const REQUEST_TIMEOUT_MS = 10_000;

export interface Reply {
  status: number;
  body: string;
  /** Round trip as the device sees it, in ms. */
  ms: number;
}

/** A session frame as it reached the device: when, and which facilitation revision it carried. */
export interface Arrival {
  at: number;
  revision: number;
}

export class BenchLearner {
  private agent = new Agent({ keepAlive: true });
  private stream: ClientRequest | null = null;
  token = '';
  participantId = '';
  /** Session frames of the current stream, in order of arrival. */
  sessions: Arrival[] = [];
  private sessionWaiters: (() => void)[] = [];

  constructor(
    /** The room listener as `address:port`. */
    private readonly room: string,
    readonly localAddress: string,
  ) {}

  /** One request as the page sends it: its Host is the room's address, it comes from the device's. */
  call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Reply> {
    const [host, port] = this.room.split(':');
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host,
          port,
          method,
          path,
          agent: this.agent,
          localAddress: this.localAddress,
          timeout: REQUEST_TIMEOUT_MS,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - started }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${path} timed out`)));
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  }

  /** What a phone does after scanning the QR: the page and its scripts, the lobby, joining as itself. */
  async join(code: string, participantId: string, pageFiles: readonly string[]): Promise<void> {
    for (const path of [`${roomPaths.page}?code=${code}`, ...pageFiles]) {
      const page = await this.call('GET', path);
      if (page.status !== 200) throw new Error(`GET ${path}: ${page.status}`);
    }
    const lobby = await this.call('POST', roomPaths.lobby, { code });
    if (lobby.status !== 200) throw new Error(`Lobby: ${lobby.status} ${lobby.body}`);
    const joined = await this.call('POST', roomPaths.join, { code, participantId });
    if (joined.status !== 200) throw new Error(`Join: ${joined.status} ${joined.body}`);
    const value = (JSON.parse(joined.body) as { value: { token: string; participantId: string } })
      .value;
    this.token = value.token;
    this.participantId = value.participantId;
    const state = await this.call('POST', roomPaths.command('learner:state'), {});
    if (state.status !== 200) throw new Error(`State: ${state.status} ${state.body}`);
    await this.listen();
  }

  /** Opens the event stream; resolves once its first session frame (where things stand) has come. */
  listen(): Promise<void> {
    this.sessions = [];
    const [host, port] = this.room.split(':');
    const first = new Promise<void>((resolve) => this.sessionWaiters.push(resolve));
    const req = request({
      host,
      port,
      method: 'POST',
      path: roomPaths.command(LEARNER_EVENTS),
      agent: this.agent,
      localAddress: this.localAddress,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
    });
    this.stream = req;
    const opened = new Promise<void>((resolve, reject) => {
      req.on('response', (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`Event stream: ${res.statusCode}`));
          return;
        }
        resolve();
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          const frames = buffer.split('\n\n');
          buffer = frames.pop() ?? '';
          for (const frame of frames) {
            // Read, not validated: the test run checks the frames; here the bench's own CPU
            // would only delay the next learner's frames on a machine the host shares.
            if (frame.startsWith('data: '))
              this.receive(JSON.parse(frame.slice(6)) as LearnerEvent, at);
          }
        });
        // The bench drops streams on purpose; an aborted one is not an error here.
        res.on('error', () => undefined);
      });
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    });
    req.end('{}');
    return Promise.all([opened, first]).then(() => undefined);
  }

  private receive(event: LearnerEvent, at: number): void {
    if (event.type !== 'session') return;
    this.sessions.push({ at, revision: event.session.facilitation.revision });
    for (const resolve of this.sessionWaiters.splice(0)) resolve();
  }

  /** The device loses the network: its stream and every open connection go at once. */
  drop(): void {
    this.stream?.destroy();
    this.stream = null;
    this.agent.destroy();
    this.agent = new Agent({ keepAlive: true });
  }

  close(): void {
    this.drop();
  }
}
