"""Round 36 (a check before stopping, five new people; see /tmp/roleplay/transcripts/r36a*.txt):

- Leon, punched by a stranger with his girlfriend beside him filming it, and his mum telling him
  to report it, was recorded as domestic abuse by a partner.
- Ryan's "no lol its a car not a murder" (his car was keyed) was recorded as a killing, and
  "no one died?? i said its NOT a murder" did not put it right.
"""

from actions.account import _who_did_it, read_account
from actions.reading import corrections

LEON = (
    "alright. got punched in the face last night outside a chicken shop on mare street by some "
    "guy i dont even know, my girlfriend was with me and she filmed the whole thing on her phone. "
    "my mum keeps telling me i need to report it so here i am i guess . yeah thats fine . nah im "
    "at home, face is swollen and my jaw is clicking a bit but im fine. my girlfriend says i "
    "should get it checked but i hate hospitals"
)


def test_a_girlfriend_filming_beside_him_and_a_mum_urging_a_report_did_nothing():
    told = read_account(LEON)
    assert told.crime_type == "assault"
    assert told.offender not in ("partner_or_ex", "family_member")
    # Filming or recording someone, or keeping their things, is still what a partner does.
    assert _who_did_it("my boyfriend filmed me in the shower") == "partner_or_ex"
    assert _who_did_it("my ex recorded me without asking") == "partner_or_ex"
    assert read_account("my husband keeps my passport").offender == "partner_or_ex"


def test_not_a_murder_is_not_a_killing_and_puts_one_right():
    assert read_account("no lol its a car not a murder").crime_type is None
    assert read_account("my brother was murdered").crime_type == "homicide"
    changes = corrections(
        "wtf no one died?? i said its NOT a murder. its my car thats it", {"crime_type": "homicide"}
    )
    assert changes["crime_type"] is None
    keyed = corrections("nobody has been killed!! he keyed my car", {"crime_type": "homicide"})
    assert keyed["crime_type"] == "criminal_damage"


def test_a_witness_saying_she_was_not_the_one_stabbed_keeps_the_threats():
    # The suite's Southwark witness: the round-35 "graver crime told now" rule made her threats
    # a stabbing.
    said = "is this even for witnesses? im not the one who got stabbed"
    assert corrections(said, {"crime_type": "stalking_harassment"}) == {}
