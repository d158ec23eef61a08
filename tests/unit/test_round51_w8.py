"""Round 51 answers (helper W8): Trevor, Imran, Zofia and Gerald.

- Trevor, 55, MS: his scooter battery stolen by local lads who shout "spaz" at him. He was told
  of "notes calling you 'deaf dumb' because you are Deaf" (Farah's answer), sent to A&E for "I
  just can't walk far", and his battery questions were ignored three times.
- Imran, 38: hate letters to the mosque and his home. "Am I a victim myself?" declined twice;
  handing the letters to the police got child-contact handovers; "a special hate crime line?".
- Zofia, 47, limited English: accused of stealing a ring, slapped, not paid for a month. Her pay
  got the CICA text three times; "can they tell people I am thief?"; fear of arrest got the
  self-defence answer.
- Gerald, 84: money taken by a church "friend", no police wanted; help for older people
  "can't answer" three times; "would anyone contact Margaret, or the church?".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

from actions.account import read_account
from actions.answers import read_referral_consent
from actions.questions import mentions_injury

NEW = (
    "utter_w8_hate_line",
    "utter_w8_hate_line_muslim",
    "utter_w8_victim_yourself",
    "utter_w8_letters_evidence",
    "utter_w8_unpaid_pay",
    "utter_w8_accused_not_guilty",
    "utter_w8_called_a_thief",
    "utter_w8_older_financial_help",
    "utter_w8_referral_contacts_only_you",
    "utter_w8_replace_mobility_aid",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 51, helper W8")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Trevor -----------------------------------------------------------------------------------

TREVOR = [
    "Evening. Bit of an odd one. Some kids nicked the battery off my mobility scooter. So now "
    "I've got a very expensive chair that doesn't go anywhere. Who do I talk to",
]
SPAZ = (
    "Well I know them by sight. Local lads, 14 15 maybe, hang about by the shops. They laugh at "
    "me every time I go past. Shout spaz at me, that kind of thing. No I haven't reported it, "
    "what are the police going to do, arrest a battery?"
)


def test_trevor_is_not_given_farahs_deaf_notes_answer():
    assert said_answer(SPAZ, "theft", TREVOR) != "utter_r7_disability_hate"


def test_farah_still_gets_her_answer():
    farah = "He write 'deaf dumb' on notes. Because me deaf. This hate crime?"
    assert said_answer(farah, "harassment", ["I am deaf. neighbour leave notes"]) == (
        "utter_r7_disability_hate"
    )


def test_cant_walk_far_is_not_an_injury():
    text = (
        "Text relay? I can use a phone, I just can't walk far. And you haven't said anything "
        "about the battery. Who pays for a new one?"
    )
    assert not mentions_injury(text)
    assert mentions_injury("i cant walk, my ankle is swollen")
    assert said_answer(text, "theft", TREVOR) == "utter_w8_replace_mobility_aid"


@pytest.mark.parametrize(
    "text",
    [
        "Who pays for a new one?",
        "Right. Let's try again. 1. I am NOT deaf. 2. I'm not injured. 3. How do I get a "
        "replacement battery so I can leave the flat",
        "Practical help. I need a new battery. They're about 300 quid and I'm on PIP, I "
        "haven't got 300 quid lying about",
    ],
)
def test_trevor_battery(text):
    assert said_answer(text, "theft", TREVOR) == "utter_w8_replace_mobility_aid"


def test_new_one_without_a_mobility_aid_is_not_the_battery_answer():
    said = ["someone stole my phone on the bus"]
    assert said_answer("who pays for a new one?", "theft", said) != (
        "utter_w8_replace_mobility_aid"
    )


# -- Imran ------------------------------------------------------------------------------------

IMRAN = [
    "Assalamu alaikum. I am the secretary of a mosque in Ilford. Over the last two weeks we "
    "have received three letters at the mosque with a drawing of a pig and threats, and "
    "yesterday one came to my home address as well.",
]


@pytest.mark.parametrize(
    "text",
    [
        "Somewhat, if the person knows my home. But I would do it. A question: the letters were "
        "addressed to the mosque, and one to me. Am I a victim myself, or is it the mosque that "
        "is the victim? Can I get this support personally?",
        "Better, thank you. I ask again: am I personally a victim under this Code, since one "
        "letter came to my house? Or only the mosque?",
    ],
)
def test_imran_victim_himself(text):
    assert said_answer(text, "harassment", IMRAN) == "utter_w8_victim_yourself"


@pytest.mark.parametrize(
    "text",
    [
        "One more thing. When we report to police, should we hand over the original letters, or "
        "copies? Several committee members have touched them.",
        "I think you have misunderstood. I mean the letters, as evidence. Fingerprints perhaps. "
        "Should we stop handling them?",
    ],
)
def test_imran_letters_as_evidence(text):
    assert said_answer(text, "harassment", IMRAN) == "utter_w8_letters_evidence"


def test_paul_still_gets_handovers():
    text = "can i get the contact changed so hes not at handovers"
    assert said_answer(text, "assault", ["my ex wifes partner punched me"]) == (
        "utter_p7_child_handovers"
    )


@pytest.mark.parametrize(
    "text",
    [
        "They are paper letters, not online. We have kept them in a plastic folder. We have not "
        "reported yet, the committee wanted to discuss first. Should we call 101 or is there a "
        "special hate crime line?",
        "38. You did not answer about a hate crime line. Is there one?",
    ],
)
def test_imran_hate_crime_line(text):
    assert said_answer(text, "harassment", IMRAN) == "utter_w8_hate_line_muslim"


def test_hate_crime_line_without_muslim_words():
    said = ["they shout at me because im gay"]
    assert said_answer("is there a hate crime line?", "harassment", said) == ("utter_w8_hate_line")


# -- Zofia ------------------------------------------------------------------------------------

ZOFIA = [
    "Hello. I need help please. My english not so good. I am cleaner, family say I steal ring, "
    "I not steal nothing",
    "no I am home. but the woman she hit me. slap in face when I say I not take the ring. and "
    "they not pay me for one month work",
]


@pytest.mark.parametrize(
    "text",
    [
        "no. please, can I get my money? 1 month, 640 pound",
        "what is CICA? I not injured, only slap. I want my money for work. they not pay",
        "thank you. last question, for my money who I ask? my friend say ACAS?",
    ],
)
def test_zofia_pay(text):
    assert said_answer(text, "assault", ZOFIA) == "utter_w8_unpaid_pay"


def test_scam_money_back_is_not_wages():
    said = ["i sent 500 pounds to a fake seller online"]
    assert said_answer("can I get my money back?", "fraud", said) != "utter_w8_unpaid_pay"


@pytest.mark.parametrize(
    "text",
    [
        "information. can they tell people I am thief? I clean for 4 other family, if they tell "
        "them I lose all my work",
        "Ealing. but please answer, can they say to other people I am thief? is allowed?",
    ],
)
def test_zofia_called_a_thief(text):
    assert said_answer(text, "assault", ZOFIA) == "utter_w8_called_a_thief"


@pytest.mark.parametrize(
    "text",
    [
        "ok thank you. if I go police, maybe they arrest ME for the ring? I am scared of this",
        "I not defend, I not touch her. I ask about the RING. they say I steal. police can "
        "arrest me for this?",
    ],
)
def test_zofia_fear_of_arrest(text):
    assert said_answer(text, "assault", ZOFIA) == "utter_w8_accused_not_guilty"


def test_self_defence_fear_still_gets_its_answer():
    said = ["he attacked me and i punched him back"]
    got = said_answer("will they arrest me for hitting him back?", "assault", said)
    assert got != "utter_w8_accused_not_guilty"


# -- Gerald -----------------------------------------------------------------------------------

GERALD = [
    "Good afternoon. I do apologise for troubling you, I am not at all sure this is the proper "
    "place to ask. I am 84 and I fear I may be being rather silly about something.",
]


@pytest.mark.parametrize(
    "text",
    [
        "Forgive me, but I am not sure the fraud police are quite what I had in mind. Is there "
        "not someone who deals with older people and this sort of thing? Or could my bank "
        "simply look at the account for me without Margaret knowing?",
        "Very well. One last try, and forgive my persistence. Is there any organisation that "
        "helps older people who are being taken advantage of by someone they trust? Something "
        "confidential?",
        "Good heavens, no. I should not want the police involved. She is well liked in the "
        "parish, it would be a terrible scandal, and I may well be mistaken. Is there someone "
        "who could look into it quietly?",
    ],
)
def test_gerald_older_peoples_help(text):
    assert said_answer(text, "fraud", GERALD) == "utter_w8_older_financial_help"


def test_gerald_nobody_contacts_margaret():
    text = "If I say yes, would anyone contact Margaret, or the church? I could not bear that."
    assert said_answer(text, "fraud", GERALD) == "utter_w8_referral_contacts_only_you"


@pytest.mark.parametrize(
    "text",
    ["yes", "no", "will they contact me by phone?", "Phone call", "Kingston upon Thames"],
)
def test_ordinary_messages_do_not_get_the_new_answers(text):
    for said in (TREVOR, IMRAN, ZOFIA, GERALD):
        assert said_answer(text, None, said) not in NEW


# -- Zofia's account: accused of stealing, not robbed --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hello. I need help please. My english not so good. I am cleaner, family say I steal "
        "ring, I not steal nothing",
        "no I am home. but the woman she hit me. slap in face when I say I not take the ring. and "
        "they not pay me for one month work",
    ],
)
def test_accused_of_stealing_is_not_a_theft_or_robbery(text):
    assert read_account(text).crime_type not in ("theft", "robbery")


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("someone stole my bike", "theft"),
        ("the carer took money from my purse", "theft"),
        ("he took my phone and punched me", "robbery"),
        ("they say I steal, is not true. she SLAP me", "assault"),
    ],
)
def test_thefts_are_still_thefts(text, crime):
    assert read_account(text).crime_type == crime


# -- Gerald's yes to the referral ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I see. Well, I suppose I shall say yes, then, and trust that they will be discreet.",
        "I beg your pardon? I said yes. Will someone be in touch?",
    ],
)
def test_gerald_yes_to_referral(text):
    assert read_referral_consent(text).value is True


@pytest.mark.parametrize(
    "text", ["if i say yes will they contact her?", "I said yes to the police but not this"]
)
def test_not_a_yes_to_referral(text):
    assert read_referral_consent(text).value is not True


def test_trevor_not_deaf_is_not_read_as_deaf():
    told = read_account(
        "Notes? Deaf? I'm not deaf mate, I've got MS. Nobody's written me any notes. Have you "
        "got me mixed up with someone else"
    )
    assert not told.cannot_phone
    assert "deaf" not in told.communities


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Forgive me, but I am not sure the fraud police are quite what I had in mind.", None),
        ("Good heavens, no. I should not want the police involved.", False),
        ("the police are involved now", True),
        ("I told the police", True),
    ],
)
def test_gerald_not_wanting_police_is_not_having_told_them(text, reported):
    assert read_account(text).reported is reported
