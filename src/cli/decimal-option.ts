import { CommandError } from './cli-context.ts';

/** A number given on the command line, as written: `4`, `1.5`. Anything else names the option and what was given. */
export function decimalOption(option: string, text: string, example: string): number {
  if (!/^\d+(?:\.\d+)?$/.test(text.trim())) throw new CommandError(`${option} 须为数字，例如 ${option} ${example}，收到：${text}`, 2);
  return Number(text);
}
