#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx hub …` works straight from a clone.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
