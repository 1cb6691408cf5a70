import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '../config/app-config';
import { RateLimitGuard } from './rate-limit.guard';
import { RATE_LIMIT_WINDOW_MS } from './security-limits';

/**
 * Request guards that apply to every resolver and controller. The rate limit comes first;
 * authentication and role guards join here as further APP_GUARD providers, in order.
 */
@Module({})
export class SecurityModule {
  static register(config: AppConfig): DynamicModule {
    if (config.rateLimitPerMinute === 0) return { module: SecurityModule };
    return {
      module: SecurityModule,
      imports: [
        ThrottlerModule.forRoot({
          throttlers: [{ ttl: RATE_LIMIT_WINDOW_MS, limit: config.rateLimitPerMinute }],
        }),
      ],
      providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
    };
  }
}
