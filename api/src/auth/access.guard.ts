import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from './access-errors';
import { ACCESS_RULE, roleAllows, type AccessRule } from './access';
import { currentPrincipal } from './request-context';

/**
 * Runs before every GraphQL root field and REST route. Fails closed: an operation without an
 * access rule is refused for everyone. Which records a permitted user sees within their
 * regions is the services' part (region-scope.ts).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('This operation has no access rule; no one may call it.');
    if (rule.kind === 'public') return true;
    const principal = currentPrincipal();
    if (!principal) throw new UnauthenticatedError();
    if (!roleAllows(principal.role, rule.role)) {
      throw new ForbiddenError(`This needs the ${rule.role} role; you are ${principal.role}.`);
    }
    return true;
  }
}
