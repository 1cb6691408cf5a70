import { Module } from '@nestjs/common';
import { GeographyModule } from '../geography/geography.module';
import { AuthResolver } from './auth.resolver';
import { FirstAdminService } from './first-admin.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [GeographyModule],
  providers: [UsersService, UsersResolver, AuthResolver, FirstAdminService],
  exports: [FirstAdminService],
})
export class AccountsModule {}
