import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/access';
import { PersonDataService } from './person-data.service';

/** A contact person's GDPR rights, exercised by an admin on their behalf. */
@Allow('admin')
@Resolver()
export class PrivacyResolver {
  constructor(private readonly personData: PersonDataService) {}

  @Query(() => String, {
    description:
      'Everything held about a contact person, as JSON: the record, their actor, invitations, speaker entries and audit trail.',
  })
  async personDataExport(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return JSON.stringify(await this.personData.export(id), null, 2);
  }

  @Mutation(() => ID, {
    description:
      'Erases a contact person with their invitations and speaker entries; the audit log keeps a pseudonymous trace.',
  })
  erasePerson(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.personData.erase(id);
  }
}
