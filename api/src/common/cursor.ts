import { InputError } from '../domain/input-error';
import type { ActorCursor } from '../store/graph-store';

/** Opaque page cursors: the keyset of the last row, base64url-encoded JSON. */
export function encodeCursor(cursor: ActorCursor): string {
  return Buffer.from(JSON.stringify([cursor.nameKey, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): ActorCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string'
    ) {
      return { nameKey: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw InputError.single('after', 'cursor', 'is not a cursor this API gave out');
}
