/** The code and message of the SpannerError `run` throws, for table-driven refusal tests. */
import type { Code } from '../../src/errors/codes';
import { SpannerError } from '../../src/errors/spanner-error';

export function refusal(run: () => unknown): { code: Code; message: string } {
  try {
    run();
  } catch (e) {
    if (e instanceof SpannerError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a SpannerError');
}
