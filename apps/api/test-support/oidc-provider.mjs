// A real OpenID provider (the `oidc-provider` package) for tests, in its own process (it is ESM).
// Env: PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI. Prints "ready <issuer>" once listening.
// Its login page asks for an e-mail address: the account is that address; addresses starting
// with "unverified" come with email_verified=false.
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.CLIENT_ID,
      client_secret: process.env.CLIENT_SECRET,
      redirect_uris: [process.env.REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        const local = id.split('@')[0];
        return {
          sub: id,
          email: id,
          email_verified: !id.startsWith('unverified'),
          name: local.replace(/[._-]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
          locale: 'ca',
        };
      },
    };
  },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'locale'] },
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  cookies: { keys: ['polyphony-test-provider'] },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
});

const page = (uid, hint) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City identity provider</title></head>
<body><main><h1>City identity provider</h1>
<form method="post" action="/interaction/${uid}"><label for="login">Staff e-mail</label>
<input id="login" name="login" type="email" value="${hint ?? ''}" required><button type="submit">Sign in</button></form></main></body></html>`;

provider.use(async (ctx, next) => {
  const match = ctx.path.match(/^\/interaction\/([\w-]+)$/);
  if (!match) return next();
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  if (ctx.method === 'GET') {
    ctx.type = 'html';
    ctx.body = page(details.uid, details.params.login_hint);
    return;
  }
  const body = await new Promise((resolve) => {
    let data = '';
    ctx.req.on('data', (c) => (data += c));
    ctx.req.on('end', () => resolve(new URLSearchParams(data)));
  });
  const accountId = String(body.get('login') || '').toLowerCase();
  const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope('openid email profile');
  const grantId = await grant.save();
  await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
});

provider.listen(port, '127.0.0.1', () => console.log(`ready ${issuer}`));
