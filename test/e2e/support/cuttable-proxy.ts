import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the app that the test can cut and restore: a real network outage for
 * one browser context (Chromium's offline emulation leaves WebSockets open).
 */
export class CuttableProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts (or restarts, on the same port) forwarding. */
  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(this.port, '127.0.0.1', () => ok());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Drops every connection and refuses new ones until open() again. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((ok) => server.close(() => ok()));
  }
}
