import { Inject, Injectable } from '@nestjs/common';
import { normaliseEmail } from '../auth/email';
import { hashPassword, verifyPassword } from '../auth/password';
import { InputError } from '../domain/input-error';
import { text } from '../domain/normalize';
import { validate } from '../domain/validate';
import { GeographyService } from '../geography/geography.service';
import type { UserFields, UserRecord } from '../store/account-store';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { NotFoundError } from '../store/store-errors';
import type { CreateUserInput, UpdateUserInput } from './dto/user.inputs';
import { userSchema, type UserInput } from './user-rules';

/** Accounts, as admins manage them. Passwords are hashed here and never read back. */
@Injectable()
export class UsersService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly geography: GeographyService,
  ) {}

  list(): Promise<UserRecord[]> {
    return this.store.listUsers();
  }

  async create(input: CreateUserInput): Promise<UserRecord> {
    const checked = await this.check({
      email: input.email,
      name: input.name,
      role: input.role,
      allRegions: input.allRegions,
      regionCodes: input.regionCodes,
      password: input.password ?? null,
      disabled: false,
    });
    return this.store.createUser(await this.fields(checked, null));
  }

  async update(id: string, version: number, input: UpdateUserInput): Promise<UserRecord> {
    const current = await this.store.getUser(id);
    if (!current) throw new NotFoundError('User', id);
    const checked = await this.check({
      email: input.email ?? current.email,
      name: input.name ?? current.name,
      role: input.role ?? current.role,
      allRegions: input.allRegions ?? current.regions === 'all',
      regionCodes: input.regionCodes ?? (current.regions === 'all' ? [] : current.regions),
      password: input.password ?? null,
      disabled: input.disabled ?? current.disabled,
    });
    const fields = await this.fields(checked, current.passwordHash);
    await this.keepAnAdmin(current, fields);
    const updated = await this.store.updateUser(id, version, fields);
    if (fields.disabled || input.password) await this.store.deleteSessionsOfUser(id);
    return updated;
  }

  async delete(id: string, version: number): Promise<string> {
    const current = await this.store.getUser(id);
    if (!current) throw new NotFoundError('User', id);
    await this.keepAnAdmin(current, null);
    await this.store.deleteUser(id, version);
    return id;
  }

  async changeOwnPassword(userId: string, currentPassword: string, next: string): Promise<void> {
    const user = await this.store.getUser(userId);
    if (!user) throw new NotFoundError('User', userId);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw InputError.single('currentPassword', 'matches', 'is not your current password');
    }
    const { password } = validate(userSchema.pick({ password: true }), { password: next });
    const fields = { ...user, passwordHash: await hashPassword(password!) };
    await this.store.updateUser(user.id, user.version, fields);
    await this.store.deleteSessionsOfUser(user.id);
  }

  /** Creates the first admin when the store has no users; false when there were some. */
  async createFirstAdmin(email: string, name: string, password: string): Promise<boolean> {
    if ((await this.store.countUsers()) > 0) return false;
    const checked = await this.check({
      email,
      name,
      role: 'admin',
      allRegions: true,
      regionCodes: [],
      password,
      disabled: false,
    });
    await this.store.createUser(await this.fields(checked, null));
    return true;
  }

  private async check(input: UserInput) {
    const tidy = {
      ...input,
      email: normaliseEmail(input.email),
      name: text(input.name),
    };
    const checked = validate(userSchema, tidy);
    const { regions } = await this.geography.get();
    const unknown = checked.regionCodes.filter((code) => !regions.has(code));
    if (unknown.length > 0) {
      throw InputError.single(
        'regionCodes',
        'exists',
        `has codes that are no region: ${unknown.join(', ')}`,
      );
    }
    if (!checked.allRegions && checked.regionCodes.length === 0 && checked.role !== 'admin') {
      throw InputError.single('regionCodes', 'required', 'needs a region, or allRegions');
    }
    if (checked.role === 'admin' && !checked.allRegions) {
      throw InputError.single('allRegions', 'admin', 'must be true for an admin');
    }
    return checked;
  }

  private async fields(
    checked: ReturnType<typeof userSchema.parse>,
    currentHash: string | null,
  ): Promise<UserFields> {
    return {
      email: checked.email,
      name: checked.name,
      role: checked.role,
      regions: checked.allRegions ? 'all' : [...new Set(checked.regionCodes)].sort(),
      passwordHash: checked.password ? await hashPassword(checked.password) : currentHash,
      disabled: checked.disabled,
    };
  }

  /** Refuses a change that would leave no enabled admin: no one could manage users any more. */
  private async keepAnAdmin(current: UserRecord, next: UserFields | null): Promise<void> {
    const staysAdmin = next !== null && next.role === 'admin' && !next.disabled;
    if (current.role !== 'admin' || current.disabled || staysAdmin) return;
    const admins = (await this.store.listUsers()).filter(
      (u) => u.role === 'admin' && !u.disabled && u.id !== current.id,
    );
    if (admins.length === 0) {
      throw InputError.single('role', 'last_admin', 'cannot change: this is the only admin');
    }
  }
}
