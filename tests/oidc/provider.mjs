// A real OpenID provider (the certified oidc-provider package) on loopback for the sign-in tests
// (tests/server/TestServerOidc.cpp). It listens on 127.0.0.1 with a free port and prints one line
// "issuer <url>" on stdout when ready. The login and consent pages are oidc-provider's own development
// interactions: any login name is accepted and becomes the subject.
//
// Usage: node provider.mjs KEY_FILE
//   KEY_FILE receives {"kid", "private_pem"}: the signing key, so that the test can mint tokens the provider
//   would never issue (another audience, expired) and check that the server refuses them for that reason.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import Provider from 'oidc-provider';

const keyFile = process.argv[2];
if (!keyFile) {
  console.error('usage: node provider.mjs KEY_FILE');
  process.exit(2);
}

// Test subjects: the login name typed on the provider's page is the subject.
const people = {
  'subject-linked': { email: 'linked@example.test', email_verified: true },
  'subject-by-email': { email: 'byemail@example.test', email_verified: true },
  'subject-unverified': { email: 'unverified@example.test', email_verified: false },
  'subject-unknown': { email: 'nobody@example.test', email_verified: true },
  'subject-disabled': { email: 'disabled@example.test', email_verified: true },
};

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const kid = randomBytes(8).toString('hex');
const jwk = { ...privateKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
writeFileSync(keyFile, JSON.stringify({ kid, private_pem: privateKey.export({ format: 'pem', type: 'pkcs8' }) }),
  { mode: 0o600 });

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: 'opvangloket',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: ['http://127.0.0.1/'], // a native client's loopback redirect: any port (RFC 8252)
    }],
    jwks: { keys: [jwk] },
    pkce: { required: () => true, methods: ['S256'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: true } },
    conformIdTokenClaims: false, // email and email_verified in the ID token itself
    cookies: { keys: [randomBytes(16).toString('hex')] },
    async findAccount(ctx, sub) {
      const person = people[sub];
      if (!person)
        return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...person }) };
    },
  });
  server.on('request', provider.callback());
  console.log(`issuer ${issuer}`);
});
