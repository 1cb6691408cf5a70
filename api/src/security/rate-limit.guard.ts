import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';

/**
 * @nestjs/throttler's guard, taught GraphQL: it finds the HTTP request in the GraphQL
 * context and refuses with a GraphQL error (code TOO_MANY_REQUESTS) rather than an HTTP
 * exception Apollo would report as an internal error. It runs for every GraphQL root field
 * and REST route, so an aliased field counts once per alias.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<GqlContextType>() !== 'graphql') return super.getRequestResponse(context);
    const req = GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
    return {
      req: req as unknown as Record<string, unknown>,
      res: req.res as Response as unknown as Record<string, unknown>,
    };
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    if (context.getType<GqlContextType>() !== 'graphql') {
      return super.throwThrottlingException(context, detail);
    }
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    throw new GraphQLError(
      `Too many requests: the limit is ${detail.limit} a minute. Try again in ${seconds} s.`,
      { extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: seconds } },
    );
  }
}
