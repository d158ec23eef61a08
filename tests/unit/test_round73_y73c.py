"""Round 73, helper y73c: who it is about and accounts read wrong (Agnes, 70, whose grandson
takes her pension; Helen, for her daughter Amy, 19; Bola, whose son Tobi, 16, was stabbed; Kofi,
38, pushed by a customer; Stan, 83, in the RAF for 22 years)."""

from __future__ import annotations

import pytest

from actions import account
from actions.reading import Turn, corrections, read_turn
from referrals.directory import load_directory

ORGANISATIONS = load_directory()
AGNES_FIRST = (
    "Good afternoon. My neighbour gave me this number. I am not sure if I should be writing. It "
    "is about my grandson Daniel."
)
AGNES_ACCOUNT = (
    "No nothing like that. He is out at the moment. He is a good boy really, he just gets angry. "
    "He has my bank card and he takes most of my pension each month, he says he needs it and he "
    "will pay me back. And he shouts if I ask about it."
)
AGNES_NOT_MY_CHILD = (
    "No, he is my grandson, not my child. He is 26. It is me it is happening to. I have just "
    "told you what happened, the money."
)
AGNES_I_AM_THE_ONE = "No. Nothing happened to Daniel. Daniel takes MY money. I am the one. I am 70."
AGNES_STOP = "It has happened to ME every month since about March. Please stop saying them."
HELEN_FIRST = (
    "hi. im writing this for my daughter really, shes sat next to me. her ex keeps sending her "
    "threatening messages on instagram and snapchat"
)
HELEN_19 = "yes ok. its her thats the victim not me, shes 19"
BOLA = {
    "consent": True,
    "crime_type": "serious_violence",
    "for_child": True,
    "age": 16.0,
    "under_18": True,
    "account_details": ["injured", "serious_injury", "weapon"],
}
KOFI_FIRST = (
    "Hello. Quick question. I'm a delivery driver, today a customer called me a racist name and "
    "pushed me off his doorstep. My manager says its part of the job. Is that actually a crime?"
)


def _read(text, requested, **answers):
    return read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers=answers,
            organisations=ORGANISATIONS,
        )
    )


# 1. Agnes: the grandson who takes her pension is the one doing it, to her.
def test_agnes_account_after_about_my_grandson_is_about_her():
    read = _read(
        AGNES_ACCOUNT,
        "in_danger",
        consent=False,
        for_child=True,
        said=(AGNES_FIRST, AGNES_ACCOUNT),
    )
    assert read.slots.get("for_child") is False
    assert read.slots.get("relationship_to_offender") == "family_member"
    assert read.slots.get("crime_type") == "domestic_abuse"


@pytest.mark.parametrize("text", [AGNES_NOT_MY_CHILD, AGNES_I_AM_THE_ONE, AGNES_STOP])
@pytest.mark.parametrize(
    "about", [{"for_child": True}, {"for_child": False, "for_someone_else": True}]
)
def test_agnes_corrections_put_the_questions_on_her(text, about):
    changes = corrections(text, {"consent": False, **about})
    assert not changes.get("for_child")
    assert changes.get("for_someone_else") is not True
    assert "for_child" in changes or "for_someone_else" in changes


def test_agnes_own_age_taken():
    changes = corrections(AGNES_I_AM_THE_ONE, {"for_someone_else": True, "age": 26.0})
    assert changes.get("age") == 70.0


@pytest.mark.parametrize(
    "text",
    [
        # Other people's messages about someone else that must not change.
        "my son is 15 and he was stabbed, he is the one who got hurt",
        "nothing happened to him physically but he is very scared",
        "stop saying them, she is my mum",
    ],
)
def test_others_still_about_them(text):
    changes = corrections(text, {"for_child": True, "age": 15.0})
    assert changes.get("for_child") is not False or changes.get("for_someone_else") is True


def test_parent_of_a_groomed_daughter_is_still_writing_for_her():
    text = "he threatened me too when i found the messages"
    said = ("my daughter was groomed by a man online, she is 14", text)
    read = _read(text, "in_danger", consent=True, for_child=True, said=said)
    assert read.slots.get("for_child") is not False


# 2. Helen: the daughter's age, told at the privacy question, makes her an adult.
def test_helen_daughter_19_is_an_adult():
    read = _read(HELEN_19, "consent", for_child=True, crime_type="stalking_harassment")
    assert read.slots.get("for_child") is False
    assert read.slots.get("for_someone_else") is True
    assert read.slots.get("age") == 19.0


def test_parent_own_age_is_not_the_childs():
    changes = corrections("im 44, hes 15", {"for_child": True})
    assert changes.get("for_child") is not False


# 3. Bola: who was hurt is not that nothing happened.
@pytest.mark.parametrize(
    "text",
    [
        "i wasnt hurt, he was. so nothing for his arm then?? and if he doesnt talk to police he "
        "gets nothing?",
        "i wasnt hurt it was him",
    ],
)
def test_bola_who_was_hurt_keeps_the_crime(text):
    changes = corrections(text, BOLA)
    assert "crime_type" not in changes
    assert "serious_injury" in changes.get("account_details", BOLA["account_details"])


# 4. Kofi: a customer is not someone known.
def test_kofi_customer_not_someone_known():
    assert account.read_account(KOFI_FIRST).offender != "someone_known"


@pytest.mark.parametrize(
    "text",
    [
        "my neighbour pushed me down the steps",
        "my colleague pushed me at work",
    ],
)
def test_known_people_still_known(text):
    assert account.read_account(text).offender == "someone_known"


# 5. Stan and Bola: years of service and the police talking again are not repeats.
@pytest.mark.parametrize(
    "text",
    [
        "I am 83. I feel a complete fool if I am honest. I was in the RAF for 22 years and I fell "
        "for this.",
        "the police came to the hospital. they want to talk to him again properly. does he have "
        "to talk to them?",
        "I worked as a nurse for 30 years and now this",
    ],
)
def test_not_repeats(text):
    assert not account.read_account(text).repeat


@pytest.mark.parametrize(
    "text",
    [
        "he has been hitting me for 3 years",
        "he came back again last night and hit me again",
        "we have been married for 20 years and he hits me every week",
    ],
)
def test_real_repeats_kept(text):
    assert account.read_account(text).repeat
