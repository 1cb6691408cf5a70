/** GDPR Art. 6 grounds on which a contact person's data is held. */
export const LEGAL_BASES = ['public_task', 'consent', 'legitimate_interest'] as const;

export type LegalBasis = (typeof LEGAL_BASES)[number];
