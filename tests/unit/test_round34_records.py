"""What round 34's role-players said that was recorded wrongly (see
/tmp/roleplay/transcripts/r34*.txt).

- Gloria (67) asked "Will somebody ring me today? I dont really want to sleep there tonight"
  beside her yes to a referral; the handover said they would ring "at the times you gave
  ("today, tonight")".
"""

from actions.answers import contact_said


def test_asking_when_they_will_ring_is_not_a_time_to_ring():
    said = contact_said(
        "Yes please pass it on. Will somebody ring me today? I dont really want to sleep there "
        "tonight with no lock change"
    )
    assert "contact_times" not in said


def test_times_said_as_wishes_are_still_kept():
    assert contact_said("yes. evenings")["contact_times"] == "evenings"
    assert contact_said("yes ring me tonight please")["contact_times"] == "tonight"
    assert contact_said("yes. can you call me after 6?")["contact_times"] == "after 6"
