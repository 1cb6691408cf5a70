import { Injectable } from '@nestjs/common';
import { KAINUU_DEMO_EVENTS, type DemoEvent } from '@verkosto/graph-seed';
import { INVITATION_STATUSES, type InvitationStatus } from '../domain/event-vocabulary';
import type { CreateEventInput } from '../events/dto/event.input';
import { EventsService } from '../events/events.service';
import { InvitationsService } from '../invitations/invitations.service';

/**
 * Puts the Kainuu demo's events (graph-seed/src/demo/kainuu/events.ts) into a register that
 * has just received the demo network: through the services, so the same rules check them
 * as check a user's input. Returns how many events it added.
 */
@Injectable()
export class DemoEventsSeeder {
  constructor(
    private readonly events: EventsService,
    private readonly invitations: InvitationsService,
  ) {}

  async seed(): Promise<number> {
    for (const demo of KAINUU_DEMO_EVENTS) await this.seedEvent(demo);
    return KAINUU_DEMO_EVENTS.length;
  }

  private async seedEvent(demo: DemoEvent): Promise<void> {
    const { invitations, ...fields } = demo;
    const event = await this.events.create(fields as unknown as CreateEventInput);
    const built = await this.invitations.build(event.id, {
      actors: invitations.map((i) => ({ actorId: i.actorId, personId: i.personId ?? null })),
    });
    if (built.added.length !== invitations.length) {
      throw new Error(
        `The demo event "${demo.title}" repeats an invitee: fix graph-seed's events.ts`,
      );
    }
    const finalStatus = new Map(invitations.map((i, n) => [built.added[n].actorId, i.status]));
    let current = built.added;
    // Status by status, in the order a list goes through them, so each history reads true.
    for (const status of INVITATION_STATUSES) {
      const reached = current.filter(
        (r) => status !== 'draft' && passes(finalStatus.get(r.actorId)!, status),
      );
      if (reached.length === 0) continue;
      const changed = new Map(
        (
          await this.invitations.setStatus(
            event.id,
            reached.map((r) => ({ id: r.id, version: r.version })),
            status,
          )
        ).map((c) => [c.id, c]),
      );
      current = current.map((r) => changed.get(r.id) ?? r);
    }
  }
}

/** Whether an invitation that ends in `final` went through `step` on its way. */
function passes(final: InvitationStatus, step: InvitationStatus): boolean {
  if (final === step) return true;
  if (step === 'invited') return final !== 'draft';
  if (step === 'registered') return final === 'attended' || final === 'no_show';
  return false;
}
