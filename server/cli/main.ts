import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, createCliContext, type CliContext } from './cli-context';
import { commands, usage } from './commands/index';

/** Parses flags common to all commands plus the command's own, then runs it. */
async function main(argv: string[]) {
  const [name, sub] = argv;
  const key = commands[`${name} ${sub}`] ? `${name} ${sub}` : name;
  const command = key ? commands[key] : undefined;
  if (!command || name === 'help' || name === '--help') {
    process.stdout.write(usage());
    if (!command && name && name !== 'help' && name !== '--help') throw new CliError(`unknown command: ${argv.slice(0, 2).join(' ')}`, 2);
    return;
  }
  const rest = argv.slice(key.split(' ').length);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean' }, ...command.options } as ParseArgsConfig['options'],
    });
  } catch (err) {
    throw new CliError(`${(err as Error).message}\nusage: huaxiang ${key} ${command.usage}`, 2);
  }
  if (parsed.values.help) {
    process.stdout.write(`usage: huaxiang ${key} ${command.usage}\n${command.summary}\n`);
    return;
  }
  const ctx: CliContext = createCliContext(Boolean(parsed.values.json));
  await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, ctx);
}

main(process.argv.slice(2)).then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    if (err instanceof CliError) {
      if (err.payload !== undefined && process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(err.payload, null, 2)}\n`);
      process.stderr.write(`huaxiang: ${err.message}\n`);
      process.exit(err.exitCode);
    }
    process.stderr.write(`huaxiang: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
