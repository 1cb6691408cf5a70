import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { UsersService } from './users.service';

/**
 * There is no default password. On a store without users, start-up creates the first admin
 * from VERKOSTO_ADMIN_EMAIL / VERKOSTO_ADMIN_PASSWORD, or the demo accounts in demo mode, or
 * else holds a one-time setup token that main.ts prints as a link.
 */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');
  private token: string | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.store.countUsers()) > 0) return;
    const admin = this.config.auth.firstAdmin;
    if (admin) {
      await this.users.createFirstAdmin(admin.email, 'Administrator', admin.password);
      this.logger.log(`Created the first admin, ${admin.email}.`);
    } else if (this.config.demo) {
      for (const account of DEMO_ACCOUNTS) await this.users.create(account);
      this.logger.warn('Created the demo accounts (README): their passwords are public.');
    } else {
      this.token = randomBytes(24).toString('base64url');
    }
  }

  /** The one-time setup token while no user exists; null otherwise. */
  get setupToken(): string | null {
    return this.token;
  }

  /** Creates the first admin with the setup token, which then stops working. */
  async setUp(token: string, email: string, name: string, password: string): Promise<boolean> {
    if (!this.token || !sameText(token, this.token)) return false;
    const created = await this.users.createFirstAdmin(email, name, password);
    this.token = null;
    return created;
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
