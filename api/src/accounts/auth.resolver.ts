import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Allow, Public } from '../auth/access';
import { UnauthenticatedError } from '../auth/access-errors';
import { currentIp, currentPrincipal } from '../auth/request-context';
import { sessionToken } from '../auth/session.middleware';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie';
import { SessionsService } from '../auth/sessions.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { FirstAdminService } from './first-admin.service';
import { toUser } from './models/to-user';
import { User } from './models/user.model';
import { UsersService } from './users.service';

/** Apollo's context holds the HTTP request; Express hangs the response on it. */
interface HttpContext {
  req: Request;
}

/** Signing in and out, and who the signed-in user is. */
@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly firstAdmin: FirstAdminService,
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => Boolean, {
    description:
      'Whether sign-in through the organisation’s OpenID Connect provider is offered (GET /api/auth/oidc/login).',
  })
  oidcSignIn(): boolean {
    return this.config.auth.oidc !== null;
  }

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when signed out.' })
  async me(): Promise<User | null> {
    const principal = currentPrincipal();
    const user = principal ? await this.store.getUser(principal.userId) : null;
    return user ? toUser(user) : null;
  }

  @Public()
  @Mutation(() => User, {
    description:
      'Sets the session cookie. A wrong email or password is UNAUTHENTICATED; repeated failures TOO_MANY_REQUESTS.',
  })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() { req }: HttpContext,
  ): Promise<User> {
    const { user, token } = await this.sessions.login(email, password, currentIp());
    // Rotation: the session the browser had before (if any) ends with this sign-in.
    await this.sessions.logout(sessionToken(req));
    setSessionCookie(req, req.res!, token, this.sessions.maxAgeMs(), this.sessions.cookieSecure);
    return toUser(user);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session; true even when there was none.' })
  async logout(@Context() { req }: HttpContext): Promise<boolean> {
    await this.sessions.logout(sessionToken(req));
    clearSessionCookie(req, req.res!, this.sessions.cookieSecure);
    return true;
  }

  @Public()
  @Mutation(() => User, {
    description:
      'Creates the first admin with the one-time setup link start-up printed, and signs in.',
  })
  async setUpFirstAdmin(
    @Args('token') token: string,
    @Args('email') email: string,
    @Args('name') name: string,
    @Args('password') password: string,
    @Context() { req }: HttpContext,
  ): Promise<User> {
    if (!(await this.firstAdmin.setUp(token, email, name, password))) {
      throw new UnauthenticatedError('This setup link is not valid (any more).');
    }
    return this.login(email, password, { req });
  }

  @Allow('viewer')
  @Mutation(() => Boolean, { description: 'Ends every session of the user, this one too.' })
  async changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    const principal = currentPrincipal();
    if (!principal) throw new UnauthenticatedError();
    await this.users.changeOwnPassword(principal.userId, currentPassword, newPassword);
    return true;
  }
}
