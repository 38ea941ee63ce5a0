"""A test SMTP relay for TestServerMail, run by aiosmtpd:

    python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c smtp_relay.RejectingMailbox MAILDIR   (PYTHONPATH=tests/server)

Stores every accepted message in the Maildir MAILDIR, and refuses recipients whose address starts with
"reject" for good (550), as a relay does for a mailbox that does not exist.
"""

from aiosmtpd.handlers import Mailbox


class RejectingMailbox(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("reject"):
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"
