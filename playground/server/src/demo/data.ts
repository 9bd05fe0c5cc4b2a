/** The demo organisation's fixture data: a small support/sales team's CRM and ticket queue. */
export interface Customer {
  id: string;
  name: string;
  company: string;
  tier: 'bronze' | 'silver' | 'gold' | 'platinum';
  openTickets: number;
  arr: number;
  accountManager: string;
}

export const CUSTOMERS: readonly Customer[] = [
  {
    id: 'C-1001',
    name: 'Ada Lovelace',
    company: 'Analytical Engines Ltd',
    tier: 'gold',
    openTickets: 2,
    arr: 48000,
    accountManager: 'Sam Reyes',
  },
  {
    id: 'C-1002',
    name: 'Alan Turing',
    company: 'Bletchley Compute',
    tier: 'silver',
    openTickets: 0,
    arr: 12000,
    accountManager: 'Sam Reyes',
  },
  {
    id: 'C-1003',
    name: 'Grace Hopper',
    company: 'Cobol Works',
    tier: 'platinum',
    openTickets: 1,
    arr: 132000,
    accountManager: 'Priya Nair',
  },
  {
    id: 'C-1004',
    name: 'Katherine Johnson',
    company: 'Orbital Math Co',
    tier: 'bronze',
    openTickets: 3,
    arr: 3600,
    accountManager: 'Priya Nair',
  },
];

export interface Ticket {
  id: string;
  customerId: string;
  subject: string;
  status: 'open' | 'pending' | 'solved';
  priority: 'low' | 'normal' | 'high' | 'urgent';
}

export const TICKETS: readonly Ticket[] = [
  {
    id: 'T-1',
    customerId: 'C-1001',
    subject: 'Login issue after SSO change',
    status: 'open',
    priority: 'high',
  },
  { id: 'T-2', customerId: 'C-1001', subject: 'Invoice PDF missing', status: 'open', priority: 'normal' },
  {
    id: 'T-3',
    customerId: 'C-1003',
    subject: 'Export to CSV times out',
    status: 'pending',
    priority: 'urgent',
  },
  { id: 'T-4', customerId: 'C-1004', subject: 'Login page slow', status: 'open', priority: 'low' },
  {
    id: 'T-5',
    customerId: 'C-1004',
    subject: 'Refund for duplicate charge',
    status: 'open',
    priority: 'normal',
  },
  {
    id: 'T-6',
    customerId: 'C-1004',
    subject: 'Webhook retries flood endpoint',
    status: 'open',
    priority: 'high',
  },
  { id: 'T-7', customerId: 'C-1002', subject: 'Invoice address change', status: 'solved', priority: 'low' },
];

export function findCustomer(id: string): Customer | undefined {
  const wanted = id.trim().toUpperCase();
  return CUSTOMERS.find((customer) => customer.id === wanted);
}

/** Word-overlap search so any phrasing finds something plausible, deterministically. */
export function searchTickets(query: string, limit: number): Ticket[] {
  const words = query
    .toLowerCase()
    .split(/\W+/)
    .filter((word) => word.length > 2);
  const scored = TICKETS.map((ticket) => {
    const haystack = `${ticket.subject} ${ticket.customerId}`.toLowerCase();
    return { ticket, score: words.filter((word) => haystack.includes(word)).length };
  }).filter((entry) => entry.score > 0);
  scored.sort((a, b) => b.score - a.score || a.ticket.id.localeCompare(b.ticket.id));
  return scored.slice(0, limit).map((entry) => entry.ticket);
}
