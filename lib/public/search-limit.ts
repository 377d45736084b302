// Text searches per address: a person searching is far below this; a script
// hammering the search (each new text is a database query) is stopped with 429.
import 'server-only';
import { createLimit } from '@/lib/rate-limit/rate-limit';

export const SEARCHES_PER_MINUTE = 30;

export const consumeSearch = createLimit('search', { points: SEARCHES_PER_MINUTE, durationSeconds: 60 });

/** Set by proxy.ts on a refused search, with the seconds to wait, for the page to say so. */
export const SEARCH_LIMITED_HEADER = 'x-nianbao-search-limited';
