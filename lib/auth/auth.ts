// Auth.js (next-auth 5) configuration: credentials sign-in, a signed JWT
// cookie that names a server-side session row (lib/auth/user-sessions.ts).
import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import { clientAddress } from '@/lib/http/client-address';
import Credentials from 'next-auth/providers/credentials';
import { signInSchema } from './sign-in-schema';
import { verifyCredentials } from './verify-credentials';
import { SESSION_MAX_AGE_SECONDS, endUserSession, startUserSession } from './user-sessions';

declare module 'next-auth' {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sid?: string;
  }
}

/** Too many attempts: the sign-in form says how long to wait (code `throttled:<seconds>`). */
export class SignInThrottled extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `throttled:${retryAfterSeconds}`;
  }
}

/** The seconds to wait, if a sign-in error is a throttled one. */
export function throttledSeconds(error: unknown): number | null {
  if (!(error instanceof CredentialsSignin)) return null;
  const match = /^throttled:(\d+)$/.exec(error.code);
  return match ? Number(match[1]) : null;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const outcome = await verifyCredentials(parsed.data.username, parsed.data.password, clientAddress(request.headers));
        if (!outcome.ok) {
          if (outcome.throttled) throw new SignInThrottled(outcome.retryAfterSeconds);
          return null;
        }
        const { user } = outcome;
        const sessionId = await startUserSession(user.id, request.headers.get('user-agent'));
        return { id: user.id, name: user.displayName, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    async signOut(message) {
      if ('token' in message && message.token?.sid) await endUserSession(message.token.sid);
    },
  },
});
