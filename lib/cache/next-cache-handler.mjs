// The cache handler Next loads (next.config.js `cacheHandler`), chosen when
// the server starts rather than when it is built, so that one build (the
// Docker image's standalone server) runs alone or as one of several replicas:
// - REDIS_URL set: the page cache shared by every replica through Redis
//   (shared-cache-handler.mjs);
// - unset: the bounded cache in this process's memory (cache-handler.mjs).
// While `next build` prerenders, always the memory one: what the build renders
// (without a database) goes nowhere and is never served.
import BoundedCacheHandler from './cache-handler.mjs';
import SharedCacheHandler from './shared-cache-handler.mjs';

const building = process.env.NEXT_PHASE === 'phase-production-build';

export default process.env.REDIS_URL && !building ? SharedCacheHandler : BoundedCacheHandler;
