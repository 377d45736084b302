// A sign-in attempt in a process of its own (the throttle test's second
// "server process"): `tsx --conditions=react-server sign-in-attempt.ts <user> <password> <address>`
// with DATABASE_URL set; prints the outcome as JSON.
import { verifyCredentials } from '../verify-credentials';

const [username = '', password = '', address = 'unknown'] = process.argv.slice(2);
const outcome = await verifyCredentials(username, password, address);
process.stdout.write(`${JSON.stringify(outcome.ok ? { ok: true } : outcome)}\n`);
process.exit(0);
