import { Module } from '@nestjs/common';
import { ActorsModule } from '../actors/actors.module';
import { ActorRelationshipsResolver, RelationshipsResolver } from './relationships.resolver';
import { RelationshipsService } from './relationships.service';

@Module({
  imports: [ActorsModule],
  providers: [RelationshipsService, RelationshipsResolver, ActorRelationshipsResolver],
  exports: [RelationshipsService],
})
export class RelationshipsModule {}
