/**
 * The thresholds that turn a contact map's measures into a pattern. Each is a reading of the
 * course's debrief slides; tests pin every one at its boundary.
 */

/** "Few" contacts: this many reciprocated contacts or fewer. */
export const FEW_CONTACTS_MAX = 3;

/** A relationship hog holds at least this share of the contacts (bow-tie: nearly all). */
export const KAM_HOG_SHARE_MIN = 0.8;

/** A bow-tie needs at least this many supplier colleagues ranged behind the KAM with no contact of their own. */
export const BOW_TIE_MIN_BEHIND = 1;

/** A side is joined up when at least this share of its contact-holders reach its co-ordinator. */
export const JOINED_UP_SHARE_MIN = 0.5;

/** "Several people" in contact: the supplier needs at least this many contact-holders to be not joined up. */
export const SEVERAL_CONTACT_HOLDERS_MIN = 2;

/** Interdependent: at least this many reciprocated contacts. */
export const INTERDEPENDENT_MIN_CONTACTS = 6;

/** Interdependent: contact-holders at at least this many levels on each side. */
export const INTERDEPENDENT_MIN_LEVELS = 3;

/** Interdependent: contact-holders in at least this many departments on each side. */
export const INTERDEPENDENT_MIN_DEPARTMENTS = 3;

/** Interdependent: at least this share of the supplier's contact-holders are joined to the KAM (whole relationship managed). */
export const INTERDEPENDENT_JOINED_SHARE_MIN = 0.8;

/** A customer hub co-ordinates only when at least this many contact-holders (itself included) reach it. */
export const HUB_MIN_JOINED = 2;
