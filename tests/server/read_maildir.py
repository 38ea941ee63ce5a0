"""Prints the messages of a Maildir (or one .eml file) as JSON, parsed by Python's own e-mail package:
[{"to": ..., "from": ..., "subject": ..., "message_id": ..., "date": ..., "content_type": ..., "body": ...}].
TestServerMail uses it to check that what the server sends is RFC 5322 / MIME an independent parser reads."""

import email
import email.policy
import json
import mailbox
import os
import sys


def describe(message):
    return {
        "to": str(message["to"]),
        "from": str(message["from"]),
        "subject": str(message["subject"]),
        "message_id": str(message["message-id"]),
        "date": str(message["date"]),
        "content_type": message.get_content_type(),
        "charset": message.get_content_charset(),
        "body": message.get_content(),
    }


def main(path):
    if os.path.isfile(path):
        with open(path, "rb") as f:
            messages = [email.message_from_binary_file(f, policy=email.policy.default)]
    else:
        box = mailbox.Maildir(path, factory=None, create=False)
        messages = [email.message_from_bytes(box.get_bytes(key), policy=email.policy.default) for key in box.keys()]
    json.dump([describe(m) for m in messages], sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
