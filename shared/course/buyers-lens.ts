/**
 * The buyer's lens (companion reading "Time for a new perspective on KAM"): the customer runs
 * supplier management while the supplier runs account management. Six supplier-management
 * headings, each with the question it puts to a key account plan.
 */

export const buyerHeadings = [
  'collaboration',
  'consolidation',
  'evaluation',
  'risk-management',
  'innovation',
  'development',
] as const;
export type BuyerHeading = (typeof buyerHeadings)[number];

export interface BuyerHeadingInfo {
  label: string;
  /** What the buyer is weighing under this heading. */
  buyerView: string;
  /** The question it puts to the key account plan. */
  kamQuestion: string;
}

/** The six headings, in the app's words. */
export const buyerHeadingInfo: Readonly<Record<BuyerHeading, BuyerHeadingInfo>> = {
  collaboration: {
    label: 'Supplier collaboration',
    buyerView:
      'Some buyers work closely with key suppliers, others keep them at arm’s length. Collaboration takes time, so a buyer offers it — two-way, with senior access and shared information — only to suppliers that matter.',
    kamQuestion: 'How can you encourage a collaborative approach with this customer?',
  },
  consolidation: {
    label: 'Supplier consolidation',
    buyerView:
      'Fewer, better suppliers: every extra supplier adds cost and complexity, so the number is often cut from above. A threat and a chance to become the chosen one.',
    kamQuestion: 'Does this customer have the right number of suppliers for your category?',
  },
  evaluation: {
    label: 'Supplier evaluation',
    buyerView:
      'Buyers review suppliers’ performance systematically, often by questionnaire several times a year, and check deliveries and invoices against the contract. The supplier may never see the results.',
    kamQuestion: 'How do you take part in, and shape, the way this customer evaluates you?',
  },
  'risk-management': {
    label: 'Supplier risk management',
    buyerView:
      'What if a supplier failed, went on strike, or lost its key project manager mid-delivery? Buyers manage the risk of key suppliers, and of their suppliers, ever more formally.',
    kamQuestion: 'How will you help this buyer manage their risk?',
  },
  innovation: {
    label: 'Supplier innovation',
    buyerView:
      'Some customers look to their suppliers for much of their innovation. Improvements that really tempt the buyer are how a supplier protects its margins.',
    kamQuestion: 'How can you contribute to this customer’s innovation?',
  },
  development: {
    label: 'Supplier development',
    buyerView:
      'A few buyers work with key suppliers over the long term to develop their processes and skills, then share the savings — resisting short-term gains at the supplier’s expense.',
    kamQuestion:
      'How can you make it worth this customer’s while to share their knowledge and skills with you, so you can serve them better?',
  },
};

/** Why the lens matters, as the reading argues it. */
export const buyersLensPoint =
  'A key account plan made without the customer reflects the seller’s ideal future. The customer’s plans under any one of these headings could overturn it — and if there is no formal supplier management today, expect it to come.';
