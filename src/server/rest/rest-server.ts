/**
 * The HTTP server of the REST gateway. Node's HTTP parser refuses some requests before any route
 * sees them (a request line and headers past its 16 KB limit, a malformed request line) and would
 * answer with an empty, non-JSON body; here they get the HTTP status Node gives them and Google's
 * JSON error body, like every other error of the gateway. Routing and handling are rest-gateway.ts's.
 */
import * as http from 'http';
import * as protobuf from 'protobufjs';
import { Duplex } from 'stream';
import { deadlineExceeded, malformedHttpRequest, SpannerError } from '../../errors';
import { restErrorBody } from './rest-errors';

interface ParserFailure {
  readonly httpStatus: number;
  readonly reason: string;
  readonly error: SpannerError;
}

function describe(error: NodeJS.ErrnoException): ParserFailure {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        httpStatus: 431,
        reason: 'Request Header Fields Too Large',
        error: malformedHttpRequest('the request line and headers exceed 16 KB (a URL that long cannot be served)'),
      };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return {
        httpStatus: 413,
        reason: 'Payload Too Large',
        error: malformedHttpRequest('chunk extensions too large'),
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { httpStatus: 408, reason: 'Request Timeout', error: deadlineExceeded('reading the request') };
    default:
      return {
        httpStatus: 400,
        reason: 'Bad Request',
        error: malformedHttpRequest(error.message.replace(/^Parse Error: /, '')),
      };
  }
}

/** Whether a response may still be written: nothing of another response is under way on the socket. */
function canAnswer(socket: Duplex): boolean {
  const inFlight = (socket as Duplex & { _httpMessage?: unknown })._httpMessage;
  return socket.writable && !inFlight;
}

function answerParserFailure(root: protobuf.Root, error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !canAnswer(socket)) {
    socket.destroy();
    return;
  }
  const failure = describe(error);
  const { body } = restErrorBody(root, failure.error);
  const text = JSON.stringify({ error: { ...body.error, code: failure.httpStatus } }, null, 2);
  socket.end(
    `HTTP/1.1 ${failure.httpStatus} ${failure.reason}\r\n` +
      'Content-Type: application/json; charset=UTF-8\r\n' +
      `Content-Length: ${Buffer.byteLength(text)}\r\n` +
      'Connection: close\r\n\r\n' +
      text,
  );
}

export function createRestServer(app: http.RequestListener, root: protobuf.Root): http.Server {
  const server = http.createServer(app);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => answerParserFailure(root, error, socket));
  return server;
}
