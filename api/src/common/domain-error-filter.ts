import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { AnalysisFailedError, AnalysisTimeoutError } from '../analysis';
import { ForbiddenError, TooManyAttemptsError, UnauthenticatedError } from '../auth/access-errors';
import { InputError } from '../domain/input-error';
import {
  DuplicateError,
  MissingReferenceError,
  NotFoundError,
  VersionConflictError,
} from '../store/store-errors';

export interface ErrorBody {
  code: string;
  message: string;
  extensions: Record<string, unknown>;
}

/** The one place where domain and store errors become what a client sees. */
export function describeError(error: unknown): ErrorBody | null {
  if (error instanceof InputError) {
    return {
      code: 'BAD_USER_INPUT',
      message: error.message,
      extensions: { issues: error.issues },
    };
  }
  if (error instanceof VersionConflictError) {
    return {
      code: 'CONFLICT',
      message: error.message,
      extensions: {
        entity: error.entity,
        id: error.id,
        expectedVersion: error.expectedVersion,
        currentVersion: error.currentVersion,
      },
    };
  }
  if (error instanceof NotFoundError) {
    return {
      code: 'NOT_FOUND',
      message: error.message,
      extensions: { entity: error.entity, id: error.id },
    };
  }
  if (error instanceof DuplicateError) {
    const issue = { field: error.field, rule: 'unique', message: error.message };
    return { code: 'BAD_USER_INPUT', message: error.message, extensions: { issues: [issue] } };
  }
  if (error instanceof MissingReferenceError) {
    const issue = { field: error.field, rule: 'exists', message: error.message };
    return { code: 'BAD_USER_INPUT', message: error.message, extensions: { issues: [issue] } };
  }
  if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) {
    return { code: error.code, message: error.message, extensions: {} };
  }
  if (error instanceof TooManyAttemptsError) {
    const extensions = { retryAfterSeconds: error.retryAfterSeconds };
    return { code: error.code, message: error.message, extensions };
  }
  if (error instanceof AnalysisTimeoutError || error instanceof AnalysisFailedError) {
    return { code: error.code, message: error.message, extensions: {} };
  }
  return null;
}

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TOO_MANY_REQUESTS: 429,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ANALYSIS_TIMEOUT: 503,
  ANALYSIS_FAILED: 500,
};

@Catch()
export class DomainErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): unknown {
    const described = describeError(error);
    if (host.getType<GqlContextType>() === 'graphql') {
      if (described) {
        return new GraphQLError(described.message, {
          extensions: { code: described.code, ...described.extensions },
        });
      }
      if (error instanceof GraphQLError || error instanceof HttpException) return error;
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return new GraphQLError('Internal server error', {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
    const response = host.switchToHttp().getResponse<Response>();
    if (described) {
      response.status(HTTP_STATUS[described.code] ?? 400).json({
        error: described.code,
        message: described.message,
        ...described.extensions,
      });
    } else if (error instanceof HttpException) {
      response.status(error.getStatus()).json(error.getResponse());
    } else {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      response
        .status(500)
        .json({ error: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    }
    return undefined;
  }
}
