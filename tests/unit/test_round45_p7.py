"""Round 45 answers (helper P7).

- Paul, 44, punched by his ex-wife's new partner at the children's handover, the children saw
  it: his questions about the handovers and about help for the children got nothing.
- Martin, 39, robbed at knifepoint in his flat by a man from a dating app: "will reporting out
  me?", "is there anything LGBT specific?" and his fear the man comes back with his keys.
- Sue, 55, her adult daughter steals from her; her grandson Tyler (8) lives with them: "will
  social services take him into care?" got adult social care's "Yes:", Tyler's bed-wetting got
  the VPS answer twice, and "It's stealing... Can you change it please" was refused.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.questions import known_answer, topic_fits
from actions.reading import corrections
from referrals.directory import load_directory

ORGANISATIONS = load_directory()

NEW = (
    "utter_p7_child_handovers",
    "utter_p7_children_saw_it",
    "utter_p7_child_at_home_support",
    "utter_p7_children_services_keep_family",
    "utter_p7_reporting_stays_private",
    "utter_p7_lgbt_service",
    "utter_p7_keys_tonight",
)
PAUL = {"age": 44, "relationship_to_offender": "someone_known"}
MARTIN = {"age": 39, "hate_motivated": True}
SUE = {"age": 55, "relationship_to_offender": "family_member", "repeat_victim": True}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 45, helper P7", ({}, {"under_18": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "text",
    [
        "no. what about the kids tho. can i get the contact changed so hes not at handovers",
        "you didnt answer me. the contact arrangements. hes not going near my kids",
        "none of that is about my kids. can i stop him being at handovers or not",
        "How do I change the child arrangements order?",
        "can the handover be somewhere else",
    ],
)
def test_paul_handovers(text):
    assert answer(text, "assault", **PAUL) == "utter_p7_child_handovers"


@pytest.mark.parametrize(
    "text",
    [
        "my kids are 6 and 9 and they saw him hit me. my little one wont stop asking about it. "
        "is there anything for them",
        "my son saw the whole thing, is there any support for him",
    ],
)
def test_paul_children_who_saw_it(text):
    assert answer(text, "assault", **PAUL) == "utter_p7_children_saw_it"


@pytest.mark.parametrize(
    "text",
    [
        "No. If I report it will they ask about the app? I'm not out at work or to my family. "
        "I can't have that getting round.",
        "ok. last try. if I go to the police do I have to tell them it was a hook up app? would "
        "they contact my work or family?",
        "will reporting it out me",
        "would the police tell my work I'm gay",
    ],
)
def test_martin_reporting_stays_private(text):
    assert answer(text, "robbery", **MARTIN) == "utter_p7_reporting_stays_private"


@pytest.mark.parametrize(
    "text",
    [
        "Is there anything LGBT specific? I don't really want to explain the gay thing to some "
        "random helpline",
        "is there a gay helpline",
        "any lgbt friendly services?",
    ],
)
def test_martin_lgbt_service(text):
    # The directory's answer for a community comes first where it finds one; either names Galop.
    said = known_answer(text, "robbery", ORGANISATIONS, answers={"crime_type": "robbery", **MARTIN})
    assert said is not None
    assert said.response == "utter_p7_lgbt_service" or "Galop" in (said.text or "")


@pytest.mark.parametrize(
    "text",
    [
        "I keep thinking he'll come back with the keys tonight. I haven't slept. Locksmith "
        "can't come till Wednesday",
        "he took my keys and im scared hes coming back",
    ],
)
def test_martin_keys_tonight(text):
    assert answer(text, "robbery", **MARTIN) == "utter_p7_keys_tonight"


@pytest.mark.parametrize(
    "text",
    [
        "Information. Mainly about Tyler. If I tell anyone about this, police or whoever, will "
        "social services get involved and take him into care? He's my world. I'd rather lose "
        "every ring I own than lose him.",
        "What do you mean YES?? Are you saying they'd take him?? I'm not the one who needs care, "
        "I'm asking about my grandson. Please don't say that",
        "English. I'm shaking now. Is Tyler going to be taken off me or not",
        "Sutton. Why won't you answer me about Tyler",
        "will they put my grandson in care",
    ],
)
def test_sue_care_fear(text):
    assert answer(text, "domestic_abuse", **SUE) == "utter_p7_children_services_keep_family"


@pytest.mark.parametrize(
    "text",
    [
        "Adfam sounds good thank you. Is there anyone for Tyler though? He's 8 and he sees it "
        "all, he's started wetting the bed again and his teacher asked me if everything's ok at "
        "home. I said yes. Was that wrong?",
        "I didn't ask about a statement. I asked about my grandson. Honestly what is the point",
        "No not in danger as such. She's never hit me. She shouts when she's rattling, and she "
        "threw a mug last month, but it wasn't at me really. Tyler was in the room though and he "
        "was crying his eyes out. Is he safe living with her? That's what keeps me up at night "
        "honestly.",
    ],
)
def test_sue_tyler_support(text):
    assert answer(text, "domestic_abuse", **SUE) == "utter_p7_child_at_home_support"


def test_sue_tyler_messages_are_not_the_vps():
    assert not topic_fits(
        "vps", "I didn't ask about a statement. I asked about my grandson. What is the point"
    )
    assert not topic_fits(
        "vps", "his teacher asked me if everything's ok at home. I said yes. Was that wrong?"
    )
    assert topic_fits("vps", "what is a victim personal statement")


SUE_RECORD = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "repeat_victim": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "Domestic abuse?? She's my daughter not some violent husband. It's stealing, because of "
        "the drugs. Can you change it please",
        "its stealing. can you change it please",
        "it was theft not domestic abuse",
    ],
)
def test_sue_stealing_put_right(text):
    assert corrections(text, SUE_RECORD).get("crime_type") == "theft"


def test_stealing_without_a_change_is_not_a_correction():
    assert corrections("It's stealing, because of the drugs.", SUE_RECORD) == {}
    assert corrections("can you change it please", {"crime_type": "assault"}) == {}


@pytest.mark.parametrize(
    "text, crime, answers",
    [
        ("he was mouthy before at pick up thats all", "assault", PAUL),
        ("no first time he's done anything", "assault", PAUL),
        ("44", "assault", PAUL),
        ("yes its my phone", "assault", PAUL),
        ("he's taken my phone off me, can i get it back", "robbery", {}),
        ("how do i get the locks changed", "burglary", {}),
        ("is there a domestic abuse service for gay men", "domestic_abuse", {}),
        ("what is a VPS?", "assault", {}),
        ("will the police tell my ex", "assault", PAUL),
        ("I'm on sertraline since last year", "domestic_abuse", SUE),
        ("Evenings after Tyler's in bed, so after 8", "domestic_abuse", SUE),
        ("my ex took the kids to her mums", "domestic_abuse", {}),
    ],
)
def test_ordinary_messages_do_not_get_the_new_answers(text, crime, answers):
    assert answer(text, crime, **answers) not in NEW
