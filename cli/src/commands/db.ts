import type { Command } from 'commander';
import { seedHub } from '../../../db/seed';
import { writeFileSync } from 'node:fs';
import { seedSql } from '../../../server/seed-sql';
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
      const report = await seedHub(database);
      console.log(
        `Seed added ${report.groups} groups, ${report.tools} tools and ${report.catalog.models} demo models.`,
      );
      client.close();
    });
  db.command('seed-sql')
    .description('Print the seed data as SQL INSERTs (for D1: wrangler d1 execute hep-ml-hub --file seed.sql)')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: { out?: string }) => {
      const sql = await seedSql();
      if (options.out) {
        writeFileSync(options.out, sql);
        console.error(`Wrote ${sql.split('\n').length - 1} lines to ${options.out}.`);
      } else process.stdout.write(sql);
    });
}
