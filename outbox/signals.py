from django.dispatch import Signal

# Sent when an email has gone out (``email``: the outbox.Email), so that what it was about
# can record it (a contact message's "email sent").
delivered = Signal()
