"""Round 97, helper h97a: a corrected crime holds, and yes/no misreads (Cerys, Ines;
/tmp/roleplay/out96/findings-e.md)."""

from __future__ import annotations

from actions import account
from actions.answers import contact_said
from actions.reading import Turn, corrections, read_turn

CERYS = [
    "I'm at home. not sure honestly. I was on local telly talking about cycling lanes and since "
    "then someone's been posting about me, they put my street name up and wrote 'I know where "
    "you live'. and worse stuff, rape threats. I don't know if it's one person or loads",
    "that's wrong. it's not a sexual offence, it's online harassment and threats. please change "
    "it. and no I don't know who it is, that's the whole point",
    "no. well because I'm a woman probably, the men who get on telly about bikes don't get rape "
    "threats. that's not what I asked though, I'm not homeless, I asked is it safe to stay here",
    "yes ok. but what have you actually got down for me? I don't want them ringing me thinking "
    "I've been sexually assaulted",
    "NO. wrong. it is NOT a sexual offence. online threats and harassment. fix it before you "
    "send anything to anyone",
    "wait what? I said no to the SEXUAL OFFENCE thing, not to being contacted. yes they can ring "
    "me, it's my phone, nobody else sees it. 07700 900461",
]


def test_cerys_rape_threats_are_threats_not_a_sexual_offence() -> None:
    for said in (CERYS[0], CERYS[2], "someone online threatened to rape me"):
        assert account.read_account(said).crime_type != "sexual_offence", said
    assert corrections(CERYS[0], {"crime_type": "stalking_harassment", "said": CERYS[:1]}) == {}
    # A rape told beside the threats is still read.
    assert (
        account.read_account("he raped me and now he sends rape threats").crime_type
        == "sexual_offence"
    )


def test_cerys_corrected_crime_is_not_set_back_by_a_passing_word() -> None:
    for at in (2, 3, 5):
        said = CERYS[: at + 1]
        changes = corrections(CERYS[at], {"crime_type": "online_abuse", "said": said})
        assert changes.get("crime_type") != "sexual_offence", CERYS[at]
    # Said plainly as a correction, it is set again.
    plainly = "sorry I was wrong before, it was a sexual assault, he touched me"
    changes = corrections(plainly, {"crime_type": "online_abuse", "said": [*CERYS[:2], plainly]})
    assert changes.get("crime_type") == "sexual_offence"


def test_ines_nobody_stole_it_is_no_theft() -> None:
    said = (
        "what? no my phone is fine, nobody stole it. sim means yes, sorry, is portuguese. I asked "
        "if my manager can see what I write here. I am safe now, I am at home"
    )
    assert account.read_account(said).crime_type != "theft"
    assert account.read_account("nothing was stolen").crime_type != "theft"
    assert account.read_account("someone stole my phone on the bus").crime_type == "theft"


def test_cerys_no_to_the_label_is_not_a_no_to_contact() -> None:
    said = (
        "NO. wrong. it is NOT a sexual offence. online threats and harassment. fix it before you "
        "send anything to anyone"
    )
    answers = {
        "consent": True,
        "crime_type": "sexual_offence",
        "referral_consent": True,
        "repeat_victimisation": True,
        "reported_to_police": False,
        "age": 31.0,
        "said": [*CERYS[:5], said],
    }
    for asked in ("contact_safe", "referral_consent"):
        got = read_turn(Turn(text=said, intent="deny", requested=asked, answers=answers))
        assert got.slots.get("crime_type") == "online_abuse"
        assert asked not in got.slots, asked  # the question is asked again
    # A "no" to being contacted is still one.
    for said in ("no", "no. my partner checks my phone"):
        got = read_turn(Turn(text=said, intent="deny", requested="contact_safe", answers=answers))
        assert got.slots.get("contact_safe") is False, said


def test_ines_i_work_morning_is_when_not_to_call() -> None:
    got = contact_said(
        "yes is safe, I live with my cousin only. phone 07700 900832. after 4pm please, I work "
        "morning"
    )
    assert got["contact_times"] == "after 4pm, not morning"
    assert contact_said("after 6 is best")["contact_times"] == "after 6"
    assert "contact_times" not in contact_said("I work from home, any time is fine") or (
        "not" not in contact_said("I work from home, any time is fine")["contact_times"]
    )
