import { Option, type Command } from 'commander';
import { createToken, listTokens, revokeToken } from '../../../db/queries/tokens';
import { getGroup } from '../../../db/queries/groups';
import { TOKEN_SCOPES, type TokenScope } from '../../../db/schema';
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
    .action(async (options: { scope: TokenScope[]; group?: string; name: string; expiresInDays?: number }) => {
      const { client, db } = await openLocalDatabase();
      try {
        if (options.group && !(await getGroup(db, options.group))) {
          throw new Error(`Unknown group "${options.group}". Run "npm run db:seed" or pick an existing group.`);
        }
        const expiresAt = options.expiresInDays ? new Date(Date.now() + options.expiresInDays * 86_400_000) : null;
        const { token: created, secret } = await createToken(db, {
          name: options.name,
          scopes: options.scope,
          groupId: options.group ?? null,
          expiresAt,
        });
        console.log(`Created token ${created.id} (${created.scopes.join(', ')}${created.groupId ? `, group ${created.groupId}` : ''}).`);
        console.log('Secret, shown only now; store it safely:\n');
        console.log(`  ${secret}\n`);
        console.log(`Use it as: Authorization: Bearer ${secret.slice(0, 8)}…`);
      } finally {
        client.close();
      }
    });

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
