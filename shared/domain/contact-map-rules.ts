/** The rules that name a measured contact map's pattern; the order is documented in contact-map.ts. */
import type { ContactMapMetrics } from './contact-map-metrics';
import { seniorLevels, type Pattern } from './contact-map-model';
import {
  BOW_TIE_MIN_BEHIND,
  FEW_CONTACTS_MAX,
  HUB_MIN_JOINED,
  INTERDEPENDENT_JOINED_SHARE_MIN,
  INTERDEPENDENT_MIN_CONTACTS,
  INTERDEPENDENT_MIN_DEPARTMENTS,
  INTERDEPENDENT_MIN_LEVELS,
  JOINED_UP_SHARE_MIN,
  KAM_HOG_SHARE_MIN,
  SEVERAL_CONTACT_HOLDERS_MIN,
} from './contact-map-thresholds';

/** The map is a bow-tie or too big for "a few": with the KAM's share, a hog. */
export function isKamHog(m: ContactMapMetrics): boolean {
  return (
    m.kamId !== null &&
    m.kamContactShare >= KAM_HOG_SHARE_MIN &&
    (m.supplierBehindKamCount >= BOW_TIE_MIN_BEHIND || m.contactCount > FEW_CONTACTS_MAX)
  );
}

/** No board or senior person holds a contact on either side. */
export function allBelowSenior(m: ContactMapMetrics): boolean {
  return ![...m.supplierLevels, ...m.customerLevels].some((l) => seniorLevels.includes(l));
}

/** Several supplier people hold contacts, and fewer than half of them reach the KAM. */
export function supplierNotJoinedUp(m: ContactMapMetrics): boolean {
  return (
    m.supplierContactHolderCount >= SEVERAL_CONTACT_HOLDERS_MIN &&
    m.supplierJoinedToKamShare < JOINED_UP_SHARE_MIN
  );
}

/** The customer's contact-holders are joined up around its hub (a hub joining only itself is none). */
export function customerJoinedUp(m: ContactMapMetrics): boolean {
  return (
    m.customerHubId !== null &&
    m.customerJoinedToHubCount >= HUB_MIN_JOINED &&
    m.customerJoinedToHubShare >= JOINED_UP_SHARE_MIN
  );
}

/** Which of the interdependent conditions a map meets. */
export function interdependentChecks(m: ContactMapMetrics) {
  return {
    contacts: m.contactCount >= INTERDEPENDENT_MIN_CONTACTS,
    joined: m.supplierJoinedToKamShare >= INTERDEPENDENT_JOINED_SHARE_MIN,
    senior: m.seniorOnBothSides,
    levels: Math.min(m.supplierLevels.length, m.customerLevels.length) >= INTERDEPENDENT_MIN_LEVELS,
    departments:
      Math.min(m.supplierDepartments.length, m.customerDepartments.length) >=
      INTERDEPENDENT_MIN_DEPARTMENTS,
  };
}

/** The pattern of measured map: the first rule that matches, in the order documented above. */
export function patternOf(m: ContactMapMetrics): Pattern {
  if (m.contactCount === 0) return 'empty';
  if (isKamHog(m)) return 'kam-hog';
  if (m.contactCount <= FEW_CONTACTS_MAX && allBelowSenior(m)) return 'few-low-level';
  if (supplierNotJoinedUp(m)) return customerJoinedUp(m) ? 'customer-controlled' : 'not-joined-up';
  if (Object.values(interdependentChecks(m)).every(Boolean)) return 'interdependent';
  return 'co-operative';
}
