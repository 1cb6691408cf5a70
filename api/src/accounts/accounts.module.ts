import { Module } from '@nestjs/common';
import { GeographyModule } from '../geography/geography.module';
import { AuthResolver } from './auth.resolver';
import { FirstAdminService } from './first-admin.service';
import { OidcController } from './oidc.controller';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [GeographyModule],
  providers: [UsersService, UsersResolver, AuthResolver, FirstAdminService],
  controllers: [OidcController],
  exports: [FirstAdminService],
})
export class AccountsModule {}
