#!/usr/bin/env node
// The `huaxiang` CLI: runs the TypeScript sources through tsx (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
