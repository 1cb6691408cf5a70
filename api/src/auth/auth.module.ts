import { Global, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { SessionMiddleware } from './session.middleware';
import { SessionsService } from './sessions.service';

/**
 * Who a request acts for (SessionMiddleware, on every route) and whether it may call the
 * operation (AccessGuard, after the rate limit). Global, so any service can sign users in.
 */
@Global()
@Module({
  providers: [SessionsService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionsService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*');
  }
}
