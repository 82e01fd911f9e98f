// Whether two bookings were made by the same person's contact: the same email address (any case,
// any spaces) or the same phone number (only its digits and a leading +). One person holds one
// booking of an event at a time, so nobody can fill the waiting list with booking after booking.

export interface BookingContact {
  email: string | null;
  phone: string | null;
}

const emailKey = (email: string | null) => (email ? email.replace(/\s+/g, '').toLowerCase() : '');
const phoneKey = (phone: string | null) => (phone ? phone.replace(/[^0-9+]/g, '') : '');

export function sameContact(a: BookingContact, b: BookingContact): boolean {
  const email = emailKey(a.email);
  const phone = phoneKey(a.phone);
  return (
    (email !== '' && email === emailKey(b.email)) || (phone !== '' && phone === phoneKey(b.phone))
  );
}
