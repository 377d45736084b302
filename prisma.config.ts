// Prisma CLI configuration. Run the CLI through `npm run prisma -- …`
// (scripts/prisma.mjs), which supplies a schema engine that works offline.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    // `prisma generate` needs no database; every other command does.
    url: process.env.DATABASE_URL ?? '',
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
