/**
 * Contact maps drawn from the course: exercise F's linear organisation and one map for each
 * pattern of exercise G's debrief. People are roles, never real names.
 */
import type { ContactMap, Level, Link, Pattern, Person, Side } from '../domain/contact-map';

function person(
  id: string,
  side: Side,
  level: Level,
  department: string,
  title: string,
  isKeyAccountManager?: true,
): Person {
  return {
    id,
    side,
    level,
    department,
    title,
    ...(isKeyAccountManager ? { isKeyAccountManager } : {}),
  };
}

/** Links named `l1`, `l2`, … from [from, to] pairs. */
function links(pairs: ReadonlyArray<readonly [string, string]>): Link[] {
  return pairs.map(([from, to], i) => ({ id: `l${i + 1}`, from, to }));
}

/**
 * Exercise F, "Linear organisation": the supplier's functions lined up behind the key account
 * manager, each linked only to the KAM, and only the KAM in contact with the customer's buyer.
 * It is still basic: a relationship hog.
 */
export const linearOrganisationMap: ContactMap = {
  people: [
    person('s-kam', 'supplier', 'middle', 'Sales', 'Key account manager', true),
    person(
      's-sales-support',
      'supplier',
      'operational',
      'Sales support',
      'Sales support coordinator',
    ),
    person('s-service', 'supplier', 'operational', 'Service', 'Service engineer'),
    person('s-finance', 'supplier', 'middle', 'Finance', 'Finance manager'),
    person('s-logistics', 'supplier', 'middle', 'Logistics', 'Logistics manager'),
    person('s-technical', 'supplier', 'middle', 'Technical', 'Technical manager'),
    person('s-marketing', 'supplier', 'middle', 'Marketing', 'Marketing manager'),
    person('c-buyer', 'customer', 'middle', 'Purchasing', 'Buyer'),
  ],
  links: links([
    ['s-sales-support', 's-kam'],
    ['s-service', 's-kam'],
    ['s-finance', 's-kam'],
    ['s-logistics', 's-kam'],
    ['s-technical', 's-kam'],
    ['s-marketing', 's-kam'],
    ['s-kam', 'c-buyer'],
  ]),
};

const fewLowLevel: ContactMap = {
  people: [
    person('s-rep', 'supplier', 'operational', 'Sales', 'Sales representative', true),
    person('s-dispatch', 'supplier', 'operational', 'Logistics', 'Dispatch clerk'),
    person('s-sales-manager', 'supplier', 'middle', 'Sales', 'Sales manager'),
    person('c-buyer', 'customer', 'middle', 'Purchasing', 'Buyer'),
    person('c-goods-in', 'customer', 'operational', 'Logistics', 'Goods-in supervisor'),
  ],
  links: links([
    ['s-rep', 'c-buyer'],
    ['s-dispatch', 'c-goods-in'],
    ['s-rep', 's-sales-manager'],
  ]),
};

const kamHog: ContactMap = {
  people: [
    person('s-kam', 'supplier', 'senior', 'Sales', 'Key account manager', true),
    person('s-service', 'supplier', 'middle', 'Customer service', 'Customer service manager'),
    person('s-technical', 'supplier', 'middle', 'Technical', 'Technical manager'),
    person('s-logistics', 'supplier', 'middle', 'Logistics', 'Logistics manager'),
    person('s-quality', 'supplier', 'operational', 'Quality', 'Quality inspector'),
    person('c-buyer', 'customer', 'middle', 'Purchasing', 'Buyer'),
    person('c-purchasing-manager', 'customer', 'senior', 'Purchasing', 'Purchasing manager'),
    person('c-planner', 'customer', 'operational', 'Operations', 'Production planner'),
  ],
  links: links([
    ['s-service', 's-kam'],
    ['s-technical', 's-kam'],
    ['s-logistics', 's-kam'],
    ['s-quality', 's-kam'],
    ['s-kam', 'c-buyer'],
    ['s-kam', 'c-purchasing-manager'],
    ['s-kam', 'c-planner'],
    ['c-buyer', 'c-purchasing-manager'],
  ]),
};

const notJoinedUp: ContactMap = {
  people: [
    person('s-kam', 'supplier', 'senior', 'Sales', 'Key account manager', true),
    person('s-technical', 'supplier', 'middle', 'Technical', 'Application engineer'),
    person('s-logistics', 'supplier', 'operational', 'Logistics', 'Logistics coordinator'),
    person('s-finance', 'supplier', 'middle', 'Finance', 'Credit controller'),
    person('s-marketing', 'supplier', 'middle', 'Marketing', 'Product manager'),
    person('c-buyer', 'customer', 'middle', 'Purchasing', 'Buyer'),
    person('c-engineer', 'customer', 'middle', 'Engineering', 'Design engineer'),
    person('c-warehouse', 'customer', 'operational', 'Logistics', 'Warehouse manager'),
    person('c-payables', 'customer', 'operational', 'Finance', 'Accounts payable clerk'),
    person('c-marketing', 'customer', 'senior', 'Marketing', 'Marketing director'),
  ],
  links: links([
    ['s-kam', 'c-buyer'],
    ['s-technical', 'c-engineer'],
    ['s-logistics', 'c-warehouse'],
    ['s-finance', 'c-payables'],
    ['s-marketing', 'c-marketing'],
    ['s-technical', 's-logistics'],
    ['c-engineer', 'c-warehouse'],
  ]),
};

const customerControlled: ContactMap = {
  people: [
    person('s-kam', 'supplier', 'middle', 'Sales', 'Key account manager', true),
    person('s-sales-director', 'supplier', 'senior', 'Sales', 'Sales director'),
    person('s-technical', 'supplier', 'middle', 'Technical', 'Technical manager'),
    person('s-logistics', 'supplier', 'operational', 'Logistics', 'Logistics coordinator'),
    person('s-quality', 'supplier', 'middle', 'Quality', 'Quality manager'),
    person('c-purchasing-director', 'customer', 'senior', 'Purchasing', 'Purchasing director'),
    person('c-buyer', 'customer', 'middle', 'Purchasing', 'Buyer'),
    person('c-engineer', 'customer', 'middle', 'Engineering', 'Engineering manager'),
    person('c-logistics', 'customer', 'operational', 'Logistics', 'Logistics planner'),
    person('c-quality', 'customer', 'middle', 'Quality', 'Supplier quality engineer'),
  ],
  links: links([
    ['s-kam', 'c-buyer'],
    ['s-sales-director', 'c-purchasing-director'],
    ['s-technical', 'c-engineer'],
    ['s-logistics', 'c-logistics'],
    ['s-quality', 'c-quality'],
    ['c-buyer', 'c-purchasing-director'],
    ['c-engineer', 'c-purchasing-director'],
    ['c-logistics', 'c-purchasing-director'],
    ['c-quality', 'c-purchasing-director'],
  ]),
};

const interdependent: ContactMap = {
  people: [
    person('s-md', 'supplier', 'board', 'General management', 'Managing director'),
    person('s-kam', 'supplier', 'senior', 'Sales', 'Key account manager', true),
    person('s-technical-director', 'supplier', 'senior', 'Technical', 'Technical director'),
    person('s-supply-chain', 'supplier', 'middle', 'Logistics', 'Supply chain manager'),
    person('s-quality', 'supplier', 'middle', 'Quality', 'Quality manager'),
    person('s-finance', 'supplier', 'middle', 'Finance', 'Finance manager'),
    person('s-service', 'supplier', 'operational', 'Customer service', 'Customer service adviser'),
    person('c-ceo', 'customer', 'board', 'General management', 'Chief executive'),
    person('c-purchasing-director', 'customer', 'senior', 'Purchasing', 'Purchasing director'),
    person('c-rd', 'customer', 'senior', 'Research and development', 'R&D manager'),
    person('c-buyer', 'customer', 'middle', 'Purchasing', 'Buyer'),
    person('c-logistics', 'customer', 'middle', 'Logistics', 'Logistics manager'),
    person('c-finance', 'customer', 'middle', 'Finance', 'Financial controller'),
    person('c-quality', 'customer', 'operational', 'Quality', 'Quality engineer'),
  ],
  links: links([
    ['s-md', 'c-ceo'],
    ['s-kam', 'c-purchasing-director'],
    ['s-kam', 'c-buyer'],
    ['s-technical-director', 'c-rd'],
    ['s-supply-chain', 'c-logistics'],
    ['s-quality', 'c-quality'],
    ['s-finance', 'c-finance'],
    ['s-service', 'c-buyer'],
    ['s-md', 's-kam'],
    ['s-technical-director', 's-kam'],
    ['s-supply-chain', 's-kam'],
    ['s-quality', 's-technical-director'],
    ['s-finance', 's-kam'],
    ['s-service', 's-supply-chain'],
    ['c-ceo', 'c-purchasing-director'],
    ['c-buyer', 'c-purchasing-director'],
    ['c-logistics', 'c-buyer'],
  ]),
};

/** One map for each pattern of the course's debrief, in the order the slides show them. */
export const exampleMaps: ReadonlyArray<{
  id: string;
  pattern: Pattern;
  title: string;
  description: string;
  map: ContactMap;
}> = [
  {
    id: 'few-low-level',
    pattern: 'few-low-level',
    title: 'Few, low-level relationships',
    description:
      'A sales representative talks to the buyer and a dispatch clerk to goods-in; no one more senior is involved.',
    map: fewLowLevel,
  },
  {
    id: 'kam-hog',
    pattern: 'kam-hog',
    title: 'Key account manager as relationship hog',
    description:
      'A bow-tie: service, technical, logistics and quality reach the customer only through the key account manager.',
    map: kamHog,
  },
  {
    id: 'not-joined-up',
    pattern: 'not-joined-up',
    title: 'Independent relationships, not joined up',
    description:
      'Five supplier people each talk to their own counterpart, but only the key account manager’s contact is co-ordinated by the KAM.',
    map: notJoinedUp,
  },
  {
    id: 'customer-controlled',
    pattern: 'customer-controlled',
    title: 'Customer-controlled relationship',
    description:
      'The customer’s people all report to its purchasing director, who co-ordinates every contact; the supplier’s people act alone.',
    map: customerControlled,
  },
  {
    id: 'interdependent',
    pattern: 'interdependent',
    title: 'Interdependent',
    description:
      'Contacts at every level from the board down, across six or more functions on each side, all joined up through the key account manager.',
    map: interdependent,
  },
];
