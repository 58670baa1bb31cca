import { Option, type Command } from 'commander';
import { createToken, listTokens, revokeToken } from '../../../db/queries/tokens';
import { getGroup } from '../../../db/queries/groups';
import { writeFileSync } from 'node:fs';
import { TOKEN_SCOPES, type TokenScope } from '../../../db/schema';
import { tokenSql } from '../../../server/seed-sql';
import { openLocalDatabase } from '../local-db';

export function registerTokenCommands(program: Command) {
  const token = program.command('token').description('API tokens (run on the server, against its database)');

  token
    .command('create')
    .description('Create a token and print its secret once')
    .addOption(new Option('--scope <scope...>', 'scopes to grant').choices(TOKEN_SCOPES).makeOptionMandatory())
    .option('--group <id>', 'owning group (atlas, cms, alice, lhcb, ats, it, …)')
    .option('--name <name>', 'what the token is for', 'created from the CLI')
    .option('--expires-in-days <days>', 'expiry, in days from now', (v) => Number.parseInt(v, 10))
    .option(
      '--sql <file>',
      'write the token as an SQL INSERT to this file instead (D1: wrangler d1 execute hep-ml-hub --file <file>)',
    )
    .action(
      async (options: { scope: TokenScope[]; group?: string; name: string; expiresInDays?: number; sql?: string }) => {
        const input = {
          name: options.name,
          scopes: options.scope,
          groupId: options.group ?? null,
          expiresAt: options.expiresInDays ? new Date(Date.now() + options.expiresInDays * 86_400_000) : null,
        };
        let created: Awaited<ReturnType<typeof createToken>>;
        if (options.sql) {
          const { sql, ...token } = await tokenSql(input);
          writeFileSync(options.sql, sql);
          created = token;
        } else {
          const { client, db } = await openLocalDatabase();
          try {
            if (input.groupId && !(await getGroup(db, input.groupId))) {
              throw new Error(`Unknown group "${input.groupId}". Run "npm run db:seed" or pick an existing group.`);
            }
            created = await createToken(db, input);
          } finally {
            client.close();
          }
        }
        const { token, secret } = created;
        console.log(
          `Created token ${token.id} (${token.scopes.join(', ')}${token.groupId ? `, group ${token.groupId}` : ''})${options.sql ? `, as SQL in ${options.sql}` : ''}.`,
        );
        console.log('Secret, shown only now; store it safely:\n');
        console.log(`  ${secret}\n`);
        console.log(`Use it as: Authorization: Bearer ${secret.slice(0, 8)}…`);
      },
    );

  token
    .command('list')
    .description('List tokens (never their secrets)')
    .action(async () => {
      const { client, db } = await openLocalDatabase();
      const rows = await listTokens(db);
      console.table(
        rows.map((t) => ({
          id: t.id,
          name: t.name,
          scopes: t.scopes.join(','),
          group: t.groupId ?? '',
          created: t.createdAt.toISOString().slice(0, 16),
          lastUsed: t.lastUsedAt?.toISOString().slice(0, 16) ?? '',
          revoked: t.revokedAt ? 'yes' : '',
        })),
      );
      client.close();
    });

  token
    .command('revoke <id>')
    .description('Revoke a token at once')
    .action(async (id: string) => {
      const { client, db } = await openLocalDatabase();
      const revoked = await revokeToken(db, id);
      client.close();
      if (!revoked) throw new Error(`No active token ${id}.`);
      console.log(`Revoked ${id}.`);
    });
}
