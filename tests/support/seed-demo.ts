// The demo district with its generated reports, for integration tests that read public data.
import { createDbClient } from '@/lib/db/create-client';
import { seedDemoReports } from '@/prisma/seed/demo-reports';
import { seedBase } from '@/prisma/seed/seed-base';

export async function seedDemoDistrict(): Promise<void> {
  const seeding = createDbClient(process.env.DATABASE_URL!);
  try {
    await seedBase(seeding);
    await seedDemoReports(seeding);
  } finally {
    await seeding.$disconnect();
  }
}
