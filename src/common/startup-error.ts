/**
 * A condition that keeps the emulator from starting: a data directory it cannot use, a damaged
 * metadata file, a port it cannot listen on. The message is one line that names the path, port or
 * variable and says what to do; main.ts prints it alone, without a stack, which would tell the user
 * nothing they can act on. Bugs are not StartupErrors: they keep their stack.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
