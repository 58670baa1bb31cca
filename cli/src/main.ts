import { Command, CommanderError } from 'commander';
import { EXIT, registerCatalogWriteCommands } from './commands/catalog-writes';
import { registerCostCommands } from './commands/cost';
import { registerDbCommands } from './commands/db';
import { registerEventCommands } from './commands/event';
import { registerHardwareCommands } from './commands/hardware';
import { registerModelCommands } from './commands/model';
import { registerStudyCommands } from './commands/study';
import { registerOnnxCommands } from './commands/onnx';
import { registerTokenCommands } from './commands/token';

const program = new Command()
  .name('hub')
  .description('HEP ML Hub command line. Local commands use DATABASE_URL (default file:data/hub.db).')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(`error: ${text.replace(/^error: /, '')}`) });

registerDbCommands(program);
registerTokenCommands(program);
registerEventCommands(program);
registerOnnxCommands(program);
registerCostCommands(program);
registerModelCommands(program);
registerHardwareCommands(program);
registerStudyCommands(program);
registerCatalogWriteCommands(program);
// Usage errors (unknown command or option, missing argument) exit 64, apart from the hub's answers.
const overrideExit = (command: Command): void => {
  command.exitOverride();
  command.commands.forEach(overrideExit);
};
overrideExit(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed the message (or the help, which exits 0).
    process.exitCode = error.exitCode === 0 ? 0 : EXIT.usage;
  } else {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
