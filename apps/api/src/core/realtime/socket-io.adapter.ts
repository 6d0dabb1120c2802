import { IoAdapter } from '@nestjs/platform-socket.io';
import type { INestApplicationContext } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { IncomingHttpHeaders } from 'node:http';
import type { Server, ServerOptions } from 'socket.io';

export const SOCKET_PATH = '/api/socket.io';

/** socket.io under /api/socket.io; with REDIS_URL, broadcasts cross API replicas through Redis. */
export class PolyphonySocketAdapter extends IoAdapter {
  private clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl?: string,
    /** Decides from the handshake's headers whether it comes from this site (Origin check). */
    private readonly fromThisSite: (headers: IncomingHttpHeaders) => boolean = () => true,
  ) {
    super(app);
  }

  createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      path: SOCKET_PATH,
      serveClient: false,
      cors: undefined,
      // A page of another site cannot open a socket with the visitor's cookies.
      allowRequest: (req: { headers: IncomingHttpHeaders }, callback: (err: string | null | undefined, ok: boolean) => void) =>
        callback(null, this.fromThisSite(req.headers)),
    });
    if (this.redisUrl) {
      const pub = new Redis(this.redisUrl);
      const sub = pub.duplicate();
      this.clients.push(pub, sub);
      server.adapter(createAdapter(pub, sub));
    }
    return server;
  }

  async close(server: Server) {
    await super.close(server);
    await Promise.all(this.clients.map((c) => c.quit().catch(() => undefined)));
  }
}
