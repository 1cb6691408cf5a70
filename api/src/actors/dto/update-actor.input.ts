import { InputType, OmitType, PartialType } from '@nestjs/graphql';
import { CreateActorInput } from './create-actor.input';

/** Only the fields given change; a field set to null is cleared. */
@InputType()
export class UpdateActorInput extends PartialType(OmitType(CreateActorInput, ['externalId'])) {}
