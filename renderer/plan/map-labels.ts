import { useAppStore } from '../store/store-context';

/** How the two sides of an account's maps are labelled: the client (supplier) and the account. */
export function useMapLabels(accountName: string) {
  // The organisation taking the workshop is the supplier; without one, the learner's own.
  const client = useAppStore((s) => s.current?.workshop.client.trim() ?? '');
  return {
    supplierLabel: `Supplier: ${client || 'your organisation'}`,
    customerLabel: `Customer: ${accountName}`,
  };
}
