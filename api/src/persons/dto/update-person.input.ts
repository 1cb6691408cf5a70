import { InputType, OmitType, PartialType } from '@nestjs/graphql';
import { CreatePersonInput } from './create-person.input';

/** Only the fields given change; a field set to null is cleared. Moving to another actor is allowed. */
@InputType()
export class UpdatePersonInput extends PartialType(OmitType(CreatePersonInput, ['externalId'])) {}
