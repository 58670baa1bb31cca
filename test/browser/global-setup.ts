import type { TestProject } from 'vitest/node';
import { createToken } from '../../db/queries/tokens';
import { openDatabase } from '../../server/database';
import { findChromium } from '../helpers/chromium';
import { startHub, type RunningHub } from '../helpers/hub-server';

declare module 'vitest' {
  export interface ProvidedContext {
    browserAvailable: boolean;
    hubUrl: string;
    hubDatabaseUrl: string;
    adminToken: string;
  }
}

let hub: RunningHub | undefined;

/**
 * One hub (real server, real site build, real database) shared by the browser suites.
 * Without Chromium the suites are skipped loudly, unless REQUIRE_BROWSER=1 (CI) makes it fatal.
 */
export async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    const message =
      'No Chromium found: browser end-to-end suites cannot run (apt-get install chromium, or set CHROMIUM_PATH).';
    if (process.env.REQUIRE_BROWSER === '1') throw new Error(`${message} REQUIRE_BROWSER=1 makes this fatal.`);
    console.warn(
      `\n${'!'.repeat(100)}\n!!! ${message}\n!!! SKIPPING the browser suites. CI sets REQUIRE_BROWSER=1 and fails instead.\n${'!'.repeat(100)}\n`,
    );
    project.provide('browserAvailable', false);
    project.provide('hubUrl', '');
    project.provide('hubDatabaseUrl', '');
    project.provide('adminToken', '');
    return;
  }
  hub = await startHub();
  const { client, db } = await openDatabase(hub.databaseUrl);
  const { secret } = await createToken(db, { name: 'browser tests', scopes: ['admin'], groupId: 'it' });
  client.close();
  project.provide('browserAvailable', true);
  project.provide('hubUrl', hub.url);
  project.provide('hubDatabaseUrl', hub.databaseUrl);
  project.provide('adminToken', secret);
}

export async function teardown() {
  await hub?.stop();
}
