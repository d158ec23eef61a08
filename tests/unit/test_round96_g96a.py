"""Round 96, helper g96a: Rosie, Marek, Beatrice and Donna (findings-a.md)."""

from __future__ import annotations

from actions.answers import read_answer
from tests.unit.known_answers import said_answer

DONNA_FIRST = (
    "Hi. I'm not sure this is quite what you're for, but I don't know where else to ask. My "
    "stepfather sexually abused me when I was a child. He was convicted and went to prison, and "
    "I've just heard through a cousin that he's due to be released soon. I want to know when "
    "exactly, where he'll be living, and whether he can be stopped from coming anywhere near "
    "where I live."
)
DONNA_RIGHTS = (
    "• Victim Contact Scheme if sentenced to 12 months or more (Right 11)\n"
    "• Through it, a say on parole and release rules (Right 11)"
)


def test_donna_how_to_find_out_the_release_date_gets_the_scheme() -> None:
    # Donna: "can you tell me first whether there's any way of finding out his release date?"
    # was refused with "I can't answer your question here".
    got = said_answer(
        "Yes, that's fine. But can you tell me first whether there's any way of finding out his "
        "release date? Nobody has ever contacted me about it.",
        "sexual_offence",
        [DONNA_FIRST],
    )
    assert got == "utter_t84f_vcs_how_to_join"


def test_donna_is_there_a_scheme_that_tells_victims_gets_the_scheme() -> None:
    got = said_answer(
        "My stepfather, as I said in my first message. Family member. Please could you actually "
        "tell me whether there's any scheme that tells victims when someone's being released? "
        "I'd rather not go through a long questionnaire if nobody can answer that.",
        "sexual_offence",
        [DONNA_FIRST],
    )
    assert got == "utter_t84f_vcs_how_to_join"


def test_donna_can_i_still_join_is_not_the_parole_statement() -> None:
    # She was told "Your Victim Liaison Officer (VLO) should tell you when to write a Victim
    # Personal Statement for the Parole Board" when she has no VLO.
    got = said_answer(
        "Victim Contact Scheme - that sounds like exactly what I asked about three times. What is "
        "it, and can I still join now if nobody offered it to me at the time? He's getting out "
        "soon.",
        "sexual_offence",
        [DONNA_FIRST],
        recent_bot_texts=[DONNA_RIGHTS],
    )
    assert got in ("utter_t84f_vcs_how_to_join", "utter_victim_contact_scheme")


def test_donna_can_they_ban_him_from_barking_is_not_suspect_updates() -> None:
    # "Will they tell me the exact date and where he'll be living? And can they actually ban him
    # from Barking?" got the police's 1 working day on a suspect's arrest or bail.
    got = said_answer(
        "Thank you, finally. Will they tell me the exact date and where he'll be living? And can "
        "they actually ban him from Barking?",
        "sexual_offence",
        [DONNA_FIRST],
    )
    assert got == "utter_keep_him_away_licence"


BEATRICE_WORRIED = (
    "Goodness. There was no blow to my head. My eyes have been poor for years, it is my age. The "
    "doctor has already seen to the leg. Should I be worried?"
)


def test_beatrice_should_i_be_worried_is_not_afraid_of_giving_evidence() -> None:
    # At "would you feel scared or very worried about giving evidence?", just after an A&E
    # warning: WHY then said "you feel afraid or distressed about giving evidence".
    assert read_answer("fear_of_giving_evidence", BEATRICE_WORRIED).value is None


def test_a_real_yes_with_should_i_be_worried_still_counts() -> None:
    assert read_answer("fear_of_giving_evidence", "yes id be terrified. should i be worried?").value
    assert read_answer(
        "fear_of_giving_evidence", "should i be worried? he said hed get me if i went to court"
    ).value


ROSIE = [
    "hi um not sure if this is the right place. my manager at work keeps touching me and i dont "
    "know if its a crime or just work stuff",
    "im at home now so yeah safe. but i have a shift tomorrow and hes there",
]


def test_rosie_will_my_manager_find_out_if_i_report_is_not_a_plain_no() -> None:
    # At "Have you reported it to the police?" she was told "No. We never tell your boss".
    got = said_answer(
        "no. will my manager find out it was me if i do? i cant lose my shifts its my only job",
        "sexual_offence",
        ROSIE,
        requested_slot="reported",
    )
    assert got == "utter_l3r66_would_he_know"


def test_rosie_wont_the_police_have_to_talk_to_him_is_answered() -> None:
    got = said_answer(
        "27. but i meant if i go to the police wont they have to talk to him? then hes gonna know "
        "its me its only me and 2 other girls on nights",
        "sexual_offence",
        ROSIE,
    )
    assert got == "utter_l3r66_would_he_know"


BEATRICE_FIRST = (
    "Good afternoon. I am not certain this is the proper place to write. Last week a neighbour's "
    "dog, which was off its lead, bit my leg in the street. I needed stitches."
)


def test_beatrice_is_this_even_a_crime_is_answered_at_the_first_ask() -> None:
    for text in (
        "Yes, that is quite all right. But first I should like to know whether this is even a "
        "crime. The owner simply laughed.",
        "I am at home and safe, thank you. Though I confess I am now frightened to go out at all. "
        "You did not answer whether it is a crime.",
        "Feeling safe, I suppose, so that I can go to the shops again. And information. I still do "
        "not know if the owner has done anything wrong in law.",
    ):
        assert said_answer(text, None, [BEATRICE_FIRST]) == "utter_dog_attack_crime", text
