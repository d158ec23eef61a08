"""Round 96, helper g96c: Shauna, Kiran, Siobhan and Harry (findings-c.md)."""

from __future__ import annotations

from tests.unit.known_answers import answer_in_conversation, sendable

SIOBHAN = [
    "right, lets see if a robot can do better than the council and the police. the people "
    "upstairs have been making my life hell for a year and NOBODY does anything",
    "not in danger no, just knackered. im a nurse on nights and they play music til 5am every "
    "night, they chucked rubbish all over my balcony and when i knocked to complain he said "
    "youll regret it. reported it 5 times to council and police, nothing",
    "what dog?? there is no dog. are you even reading this. its antisocial behaviour, noise, "
    "rubbish and a threat",
]


def _response(text: str, said: list[str], crime_type: str | None = None) -> str | None:
    got = answer_in_conversation(text, crime_type, said)
    return None if got is None else got.response


def test_siobhan_threat_answer_has_no_dog() -> None:
    got = _response(SIOBHAN[1], SIOBHAN[:1])
    assert got == "utter_g96c_threat_not_to_report"
    assert all("dog" not in text for text in sendable(got))


def test_siobhan_what_forces_the_council_gets_the_case_review_not_the_dog() -> None:
    text = (
        "52. is there anything that actually FORCES the council or police to do something, "
        "because 5 reports in a year and ive had one letter"
    )
    assert _response(text, SIOBHAN) == "utter_g4_asb_case_review"


def test_siobhan_what_makes_them_act_gets_the_case_review() -> None:
    text = (
        "no. im irish but i dont think its that, theyre just like that with everyone. you "
        "still havent answered my question. what makes them act"
    )
    assert _response(text, SIOBHAN) == "utter_g4_asb_case_review"


def test_a_dog_told_still_gets_the_dog_answers() -> None:
    dean = ["my neighbours dog attacked me and he said if I say anything Ill regret it"]
    got = _response("and him threatening me? if I report the dog he'll know it was me", dean)
    assert got == "utter_d7_threat_not_to_report"
    beata = ["my neighbour's dog bit me, 6 stitches"]
    assert _response("Who do I tell, police or the council?", beata) == "utter_o5_dog_who_to_tell"


# Shauna: a client she had never met robbed and hit her; she writes on her friend's phone.
def test_shauna_wasnt_just_the_money_is_not_a_no_to_who_did_it() -> None:
    from actions.answers import read_answer

    text = (
        "lewisham. it wasnt just the money tho he hit me in the face and pinned me on the bed, "
        "my cheek is all swollen"
    )
    assert read_answer("relationship_to_offender", text).value is None


def test_shauna_her_mates_phone_is_not_the_offender() -> None:
    from actions.reading import corrections

    text = (
        "is there nothing for sex workers specifically. and if yes how do they contact me i "
        "said dont use this number its my mates"
    )
    for kept in ("stranger", "unknown"):
        answers = {"crime_type": "robbery", "relationship_to_offender": kept, "said": []}
        assert "relationship_to_offender" not in corrections(text, answers)


KIRAN_FIRST = (
    "Hi, I'm messaging on behalf of my father who is 79. He was scammed out of £4,000 on "
    "Tuesday by someone pretending to be a police officer. He won't use a chat like this so "
    "I'm doing it for him"
)


def test_kiran_her_dad_is_the_victim_not_the_offender() -> None:
    from actions.reading import corrections

    text = (
        "Sorry what? It's my dad, a him, and it's not domestic abuse it's a phone scam. And you "
        "didn't say if someone can visit him at home"
    )
    answers = {
        "crime_type": "fraud",
        "relationship_to_offender": "stranger",
        "for_someone_else": True,
        "said": [KIRAN_FIRST],
    }
    assert "relationship_to_offender" not in corrections(text, answers)
    # A relative said outright to have done it is still put right.
    other = {**answers, "said": ["im writing for my mum"]}
    got = corrections("no, it was my dad who did it", other)
    assert got.get("relationship_to_offender") == "family_member"


def test_kiran_contact_me_not_him_gets_no_domestic_abuse_line_and_the_visit() -> None:
    text = (
        "Probably yes, mostly embarrassed. Can someone visit him at home rather than ring? And "
        "please contact me not him"
    )
    got = answer_in_conversation(
        text,
        "fraud",
        [KIRAN_FIRST],
        for_someone_else=True,
        relationship_to_offender="stranger",
        consent=True,
    )
    assert got is not None
    assert got.response == "utter_g96c_contact_me_not_them"
    assert [then.response for then in got.then] == ["utter_m2_home_visit"]
    assert all("her" not in text.split() and "Abuse" not in text for text in sendable(got.response))


def test_kiran_report_fraud_after_a_crime_number_from_101() -> None:
    text = (
        "Do I need to ring Report Fraud as well if I've already got a crime number from 101? "
        "And yes he's ok with it as long as they contact me"
    )
    got = answer_in_conversation(
        text, "fraud", [KIRAN_FIRST], for_someone_else=True, reported_to_police=True
    )
    assert got is not None and got.response == "utter_g96c_fraud_crime_number_kept"
    assert all(len(text) <= 320 and "not 101" not in text for text in sendable(got.response))


def test_kiran_weekdays_after_5_please_i_work_is_kept_as_wanted() -> None:
    from actions import reading

    text = "Weekdays after 5 please, I work"
    assert reading.y73d_busy_times(text, text) == text


def test_kiran_times_put_right_without_our_quoted_words() -> None:
    from actions.reading import corrections

    text = "That's wrong, I said weekdays AFTER 5, not 'not weekdays after 5'. Can you fix it"
    answers = {
        "referral_consent": True,
        "contact_safe": True,
        "contact_times": "I work, not Weekdays after 5 please",
        "said": [],
    }
    assert corrections(text, answers).get("contact_times") == "weekdays after 5"


SHAUNA_FIRST = (
    "im at my mates. im ok now. a client hit me last night and held me down and took my money "
    "and my phone. im a sex worker before you ask. im texting off her phone so dont use this "
    "number"
)


def test_shauna_asks_about_her_mates_number() -> None:
    told = {
        "referral_consent": True,
        "contact_method": "email",
        "contact_details": "shaunab.ldn@gmail.com",
        "contact_safe": True,
        "consent": True,
        "contact_notes": ["not_this_phone"],
    }
    for text in (
        "any time its email. will the sender id or this number be on it",
        "are you keeping my mates number tho. i dont want anyone ringing her",
    ):
        got = answer_in_conversation(text, "robbery", [SHAUNA_FIRST], **told)
        assert got is not None and got.response == "utter_g96c_borrowed_number_email"
    assert all(len(text) <= 320 for text in sendable("utter_g96c_borrowed_number_email"))


HARRY = [
    "hi some boys took my phone and bike",
    "this is his mum, he's 13. not reported yet, one of them pushed him over as well, hes got a "
    "grazed elbow. we werent sure if its worth calling police for a phone",
    "no but i think they go to the big school near me 😟 will they get me if i tell",
]


def test_harrys_mum_asks_if_police_can_track_the_phone() -> None:
    for text in (
        "mum here again. mainly we want his phone and bike back if possible, and hes not "
        "sleeping well. can the police track the phone? it has find my iphone on",
        "I'm his mum, I know about it, I'm sat next to him! I asked if police can track his "
        "phone with find my iphone. it's showing a location right now",
    ):
        got = answer_in_conversation(text, "robbery", HARRY, age=13.0, under_18=True)
        assert got is not None and got.response == "utter_tracked_property"


def test_harry_ring_my_mum_not_me() -> None:
    from core.second_contact import supporter_to_contact

    text = "yes but ring my mum not me i dont have a phone lol 📵"
    got = answer_in_conversation(
        text,
        "robbery",
        HARRY,
        age=13.0,
        under_18=True,
        requested_slot="referral_consent",
        consent=True,
    )
    assert got is not None and got.response == "utter_v86c1_someone_else_contacted"
    assert got.args == {"who": "your mum"}
    mum = "mum here. yes safe, ring me on this number please 07700 900733, I'm Claire"
    assert supporter_to_contact([text, mum]) == "your mum"
