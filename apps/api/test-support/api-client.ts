import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';

/** An HTTP client with its own cookie jar that sends the CSRF token like the web app does. */
export class ApiClient {
  private constructor(
    readonly agent: TestAgent,
    private csrf: string,
    private readonly language?: string,
  ) {}

  static async create(app: INestApplication, language?: string): Promise<ApiClient> {
    const agent = request.agent(app.getHttpServer());
    const { body } = await agent.get('/api/auth/csrf');
    return new ApiClient(agent, body.token, language);
  }

  /** The token is bound to the session: fetch it again after the session was changed behind the client's back. */
  async refreshCsrf(): Promise<void> {
    this.csrf = (await this.agent.get('/api/auth/csrf')).body.token;
  }

  private with(test: request.Test) {
    if (this.language) test.set('Accept-Language', this.language);
    // Sign-in and sign-out answer the new session's token, as the web app expects.
    test.on('response', (res: { headers: Record<string, string> }) => {
      if (res.headers['x-csrf-token']) this.csrf = res.headers['x-csrf-token'];
    });
    return test;
  }

  get(url: string) {
    return this.with(this.agent.get(url));
  }
  /** GET a binary answer (a PDF, a spreadsheet): its body kept whole, as one Buffer. */
  download(url: string) {
    return this.get(url)
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => done(null, Buffer.concat(parts)));
      });
  }
  post(url: string, body?: object) {
    return this.with(this.agent.post(url).set('X-CSRF-Token', this.csrf)).send(body);
  }
  patch(url: string, body?: object) {
    return this.with(this.agent.patch(url).set('X-CSRF-Token', this.csrf)).send(body);
  }
  put(url: string, body?: object) {
    return this.with(this.agent.put(url).set('X-CSRF-Token', this.csrf)).send(body);
  }
  delete(url: string, body?: object) {
    return this.with(this.agent.delete(url).set('X-CSRF-Token', this.csrf)).send(body);
  }
}
