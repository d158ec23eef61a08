"""The words the bot builds itself: discreet wording and the read-back of what was noted."""

from actions.wording import contact_line, discreet, summary_line


def test_discreet_wording_leaves_out_police_and_abuse():
    line = discreet("Thank you. I've noted: domestic abuse and you've told the police.")
    assert "abuse" not in line and "police" not in line
    assert discreet("• National Domestic Abuse Helpline (Refuge): call 0808 2000 247").startswith(
        "• National DA Helpline"
    )


def test_summary_line_reads_back_what_was_noted():
    line = summary_line({"crime_type": "assault", "age": 27.0, "borough": "wandsworth"})
    assert line.startswith("Here's what I've noted: an assault")
    assert "you are 27" in line and "Wandsworth" in line


def test_the_confirmation_says_a_woman_was_asked_for():
    line = contact_line({"contact_method": "text", "worker_gender": "woman"})
    assert line == "by text (you asked for a woman)"


def test_a_childs_condition_is_said_as_the_childs():
    line = summary_line({"for_child": True, "impairment": True, "age": 15.0})
    assert "your child has a health condition" in line and "your child is 15" in line


def test_plain_words_leave_web_addresses_working():
    line = "CEOP Safety Centre: ceop.police.uk/Safety-Centre. Tell the police at met.police.uk."
    assert discreet(line) == (
        "CEOP Safety Centre: ceop.police.uk/Safety-Centre. Tell the officers at met.police.uk."
    )
