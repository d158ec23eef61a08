"""Round 74, helper a74c: worded answers that fired for the wrong person (Leon, Grace, Sofia,
Margaret, Amira, Ray, Dean), narrowed by the person's facts."""

from __future__ import annotations

import re
from pathlib import Path

from actions import answer_facts
from core import yaml_files
from tests.unit.known_answers import answer_in_conversation, said_answer

DOMAIN = Path(__file__).parents[2] / "bot" / "domain"

LEON = [
    "hi",
    "older boys robbed me in burgess park. took my bike and my trainers. one had a knife",
    "nah",
]


def test_leon_property_answer_has_no_officer_when_not_reported() -> None:
    got = answer_in_conversation(
        "i just want my bike back tbh. can u get it back", "robbery", LEON, reported_to_police=False
    )
    assert got is not None and got.text is not None
    assert "officer" not in got.text
    got = answer_in_conversation(
        "can u get it back", "robbery", ["there aint no officer i didnt report it"]
    )
    assert got is not None and got.text is not None and "officer" not in got.text


def test_property_answer_keeps_the_officer_once_reported() -> None:
    got = answer_in_conversation(
        "will i get my things back", "burglary", ["they broke in"], reported_to_police=True
    )
    assert got is not None and got.text is not None
    assert "officer on your case" in got.text


def test_denied_report() -> None:
    said = ["there aint no officer i didnt report it"]
    assert answer_facts.denied("reported", said, {})
    assert answer_facts.denied("reported", ["i havent reported it yet"], {})
    assert answer_facts.denied("reported", ["x"], {"reported_to_police": False})
    assert not answer_facts.denied("reported", said, {"reported_to_police": True})
    assert not answer_facts.denied("reported", ["i reported it monday"], {})
    assert not answer_facts.denied("reported", ["nah"], {})


def test_not_sent_to_someone_who_did_not_report() -> None:
    # utter_chase_the_police is under `unless_denied`.
    assert answer_facts.fits("utter_chase_the_police", "x", {"said": ["hi"]})
    assert not answer_facts.fits(
        "utter_chase_the_police", "x", {"said": ["hi"], "reported_to_police": False}
    )
    assert not answer_facts.fits("utter_chase_the_police", "x", {"said": ["i didnt report it"]})


# Answers that speak of the person's officer or crime number as theirs, hedged ("if you have
# one", "if you've already reported it", "when you report") or given only once it is reported.
_THEIR_OFFICER = re.compile(
    r"\bofficer (?:in|on) your case\b|\byour officer\b|\byour (?:report fraud )?crime "
    r"(?:reference|ref|number)s?\b",
    re.I,
)
_HEDGED = {
    "utter_telling_the_police",
    "utter_our_reference_not_crime_number",
    "utter_chat_is_not_a_police_report",
    "utter_freedom_pass",
    "utter_no_crime_number_given",
    "utter_w7_kids_safe_neighbour",
    "utter_k3_neighbours_camera",
    "utter_topic_evidence",
    "utter_p2_police_without_calling",  # "give your crime number if you have one"
    "utter_u5_earlier_abuse_counts",  # "even if you didn't report it then"
    "utter_topic_offenders_come_home",  # "your officer, if you have one"
}


def test_every_answer_with_their_officer_is_listed() -> None:
    known = answer_facts.facts()
    unlisted = []
    for path in sorted(DOMAIN.glob("*.yml")):
        data = yaml_files.load(path.read_text(encoding="utf-8")) or {}
        for name, variants in (data.get("responses") or {}).items():
            text = " ".join(str(v.get("text") or "") for v in variants)
            if not _THEIR_OFFICER.search(text) or name in _HEDGED:
                continue
            if "reported" in known.answers.get(name, ()):
                continue
            if name in known.generic.get("reported", ()):
                continue
            if "reported" in known.unless_denied.get(name, ()):
                continue
            unlisted.append(name)
    assert not unlisted, unlisted


GRACE = [
    "hi. something happened to me after work on tuesday and i dont know who to tell",
    "a patients son followed me to the bus stop, spat at me and called me racist names. "
    "im a nurse at the hospital",
    "not yet. it was racist, its not just assault. can i report it without my manager knowing? "
    "he knows the family",
    "i told you i dont want my manager involved. court? i dont know. maybe. he knows where i "
    "work and which bus i take",
]


def test_grace_not_told_to_tell_her_manager() -> None:
    text = (
        "feeling safe. i am scared to take the same bus now. and i want him to be punished honestly"
    )
    assert said_answer(text, "assault", GRACE) == "utter_a74c_safe_journey_no_manager"


def test_hospital_journey_answer_kept_when_manager_not_refused() -> None:
    said = [
        "a patients son threatened me on the ward, im a nurse at the hospital",
        "he said he will be waiting for me outside after my shift",
    ]
    text = "im scared to walk to the bus after my shift, what do i do"
    assert said_answer(text, "assault", said) == "utter_m1_safe_journey_hospital"


def test_sofia_no_manager_laughs_it_off() -> None:
    said = [
        "Hi. I need to know my rights at work. My manager is doing things to me and I dont know "
        "if its a crime or not",
        "He touches me and says sexual things",
    ]
    text = (
        "33. But you did not answer. Is it legal for him to fire me and put me out of the room "
        "if I complain?"
    )
    assert said_answer(text, "sexual_assault", said) != "utter_n5_work_rights_sexual_harassment"
    assert said_answer(text, None, said) != "utter_n5_work_rights_sexual_harassment"


MARGARET = [
    "A man telephoned saying he was a policeman and said my bank was in trouble. I took out "
    "3000 pounds and a young man came in a car to collect it",
]


def test_margaret_cash_not_transfer_rules() -> None:
    said = [*MARGARET, "No. The young man at the door had a cap on. Will I get my money back?"]
    text = (
        "It wasnt a transfer, I took it out in notes at the counter and put it in an envelope. "
        "So will the bank help?"
    )
    assert said_answer(text, "fraud", said) == "utter_cash_not_refunded"
    assert said_answer("Will I get my money back? It was for my funeral", "fraud", MARGARET) == (
        "utter_cash_not_refunded"
    )


def test_transfer_still_gets_the_refund_rules() -> None:
    said = ["a scammer said he was from my bank and i transferred 2000 pounds to a safe account"]
    assert said_answer("will i get my money back", "fraud", said) == "utter_bank_scam"


AMIRA = [
    "a man pulled my hijab off on the tube and shouted at me",
    "29. Wait, would it be the normal police or the British Transport Police since it was on "
    "the tube?",
]


def test_amira_video_gets_platform_reporting() -> None:
    text = (
        "One woman put her video on twitter and its got loads of views, people are sharing it "
        "with my face in it. Can I get that taken down? I didn't agree to it"
    )
    assert said_answer(text, "hate_crime", AMIRA) == "utter_posts_removed"
    said = [
        *AMIRA,
        text,
        "Revenge porn?? It's not anything like that, it's just the video of him pulling my scarf",
    ]
    got = said_answer("I asked how to get the video off twitter", "hate_crime", said)
    assert got not in ("utter_images_online", "utter_images_off_phones")


def test_intimate_images_still_get_the_helpline() -> None:
    said = ["my ex posted my nudes online"]
    got = said_answer("how do i get the pictures taken down", "harassment", said)
    assert got == "utter_images_off_phones"
    said = ["my ex shared a sexual video of me on twitter"]
    got = said_answer("can i get the video taken down off twitter", "harassment", said)
    assert got == "utter_images_online"


def test_amira_address_not_the_chat_answer() -> None:
    said = [*AMIRA, "Maybe a bit. I wouldn't want to see him again tbh."]
    got = said_answer("Would he know my name and address?", "hate_crime", said)
    assert got not in ("utter_privacy_answer", "utter_n6_number_not_to_police")
    got = said_answer(
        "thank you. if i go to police will he get my address? he already knows where i work",
        "assault",
        GRACE,
        referred=True,
    )
    assert got not in ("utter_privacy_answer", "utter_n6_number_not_to_police")


RAY = [
    "someone smashed the shutters on my shop again",
    "No idea. Youths probably, there is a gang hangs round by the station. The police say there "
    "is no CCTV good enough",
]


def test_ray_no_bike_fund_no_transport_police() -> None:
    got = said_answer(
        "You still havent said if anyone can help with the cost of the shutters. Is there a grant "
        "or something for small shops",
        "criminal_damage",
        RAY,
    )
    assert got not in ("utter_z6_no_bike_fund", "utter_z6_platform_help")
    got = said_answer(
        "Nobody is going to be convicted. What about the gang, who do I go to when the police "
        "dont do anything? Can I complain?",
        "criminal_damage",
        RAY,
    )
    assert got != "utter_transport_police"


def test_bike_fund_still_for_a_bike() -> None:
    said = ["they robbed my e bike, i do deliveries"]
    got = said_answer("is there a fund or sumthing. i aint got insurance on it", "robbery", said)
    assert got == "utter_z6_no_bike_fund"


DEAN = [
    "he turned up at mine last friday pissed out his head banging on the door. kids were with me",
    "i told you. my exs new partner. not my ex herself",
    "im fine i can handle myself. its the kids im worried about, theyre with her and him half "
    "the time",
]


def test_dean_kids_not_the_telling_family_answer() -> None:
    for text in (
        "no. did you not read what i said about my kids??",
        "threats. death threats. texts and voicemails and him turning up. and you still havent "
        "said about my kids",
    ):
        assert said_answer(text, "assault", DEAN) != "utter_telling_family_your_choice"


def test_telling_family_kept_for_who_asked() -> None:
    said = ["i was mugged yesterday"]
    assert said_answer("should i tell my kids", "robbery", said) in (
        "utter_telling_family_your_choice",
        "utter_report_and_tell_family",
    )
