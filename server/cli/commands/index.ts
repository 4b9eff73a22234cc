import type { Command } from './command';
import { tokenCreate, userAdd, userLinkCode, userPasswd } from './user-commands';
import { backup, customerErase, customerExport } from './admin-commands';
import { churn, demo, refresh } from './analytics-commands';
import { backtest, modelFit } from './model-commands';
import { exportCustomers } from './export-command';
import { digest } from './digest-command';
import { importCommand } from './import-command';
import { tagAdd, tagPreview, tagValidate } from './tag-commands';

/** Every CLI command, keyed by its one- or two-word name. */
export const commands: Record<string, Command> = {
  import: importCommand,
  'user add': userAdd,
  'user passwd': userPasswd,
  'user link-code': userLinkCode,
  'token create': tokenCreate,
  backup,
  'customer erase': customerErase,
  'customer export': customerExport,
  demo,
  refresh,
  'export customers': exportCustomers,
  churn,
  'model fit': modelFit,
  backtest,
  digest,
  'tag preview': tagPreview,
  'tag add': tagAdd,
  'tag validate': tagValidate,
};

export function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  huaxiang ${name} ${c.usage}\n      ${c.summary}`);
  return `Huaxiang (画像) — customer portraits and segmentation.\nEvery command honours DATABASE_URL; --json prints one JSON document.\n\n${lines.join('\n')}\n`;
}
