"""The contact box a support worker reads before contacting someone."""

from review.viewmodels import Contact


def test_a_request_for_a_woman_is_in_the_contact_instructions():
    contact = Contact(
        referral_consent=True,
        contact_safe=True,
        method="text",
        times="evenings after 6",
        voicemail_ok=None,
        details="07700900312",
        worker_gender="woman",
    )
    assert "They asked to be supported by a woman." in contact.warnings


def test_no_request_no_line():
    contact = Contact(True, True, "call", None, False, "07700900312")
    assert not any("supported by" in line for line in contact.warnings)


def test_someone_else_reading_their_phone_is_in_the_contact_instructions():
    # Round 12: "yes its my phone. but my mum sometimes looks at it" (a 16-year-old).
    contact = Contact(True, True, "text", "after school", None, "07700900312", discreet=True)
    assert any("keep every message plain" in line for line in contact.warnings)
    plain = Contact(True, True, "text", "after school", None, "07700900312")
    assert not any("plain" in line for line in plain.warnings)


def test_a_worker_is_told_when_someone_else_wrote_for_the_person():
    contact = Contact(True, True, "text", None, None, "07700900412", for_someone_else=True)
    assert any("Someone else wrote" in line for line in contact.warnings)
    assert not any(
        "Someone else wrote" in line
        for line in Contact(True, True, None, None, None, None).warnings
    )
