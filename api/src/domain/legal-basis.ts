/** GDPR Art. 6 grounds on which a contact person's data is held (listed in graph-seed). */
export { LEGAL_BASES, type LegalBasis } from '@verkosto/graph-seed';
