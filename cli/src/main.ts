import { Command } from 'commander';
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

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exitCode = 1;
}
