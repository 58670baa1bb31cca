import type { Command } from 'commander';
import { seedDatabase } from '../../../db/seed';
import { openLocalDatabase } from '../local-db';

export function registerDbCommands(program: Command) {
  const db = program.command('db').description('Database maintenance on this server');
  db.command('migrate')
    .description('Apply pending migrations')
    .action(async () => {
      const { client } = await openLocalDatabase();
      console.log('Migrations applied.');
      client.close();
    });
  db.command('seed')
    .description('Insert the seed data that is missing (idempotent; never overwrites)')
    .action(async () => {
      const { client, db: database } = await openLocalDatabase();
      const report = await seedDatabase(database);
      console.log(`Seed added ${report.groups} groups and ${report.tools} tools.`);
      client.close();
    });
}
