import { Module } from '@nestjs/common';
import { ActorPersonsResolver, PersonsResolver } from './persons.resolver';
import { PersonsService } from './persons.service';

@Module({
  providers: [PersonsService, PersonsResolver, ActorPersonsResolver],
  exports: [PersonsService],
})
export class PersonsModule {}
