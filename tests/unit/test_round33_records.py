"""What round 33's role-players said that was recorded wrongly (see
/tmp/roleplay/transcripts/r33*.txt), so what they were told changed:

- Zofia (33), whose ex-husband keeps turning up at the school gate despite an order "from court
  last year", was asked whether she was under 18 at the time; her "Yes, he come 3 times" was
  stored as a child victim.
- Yemi answered "How old are you?" with "Im 42 but this is about my son, he is 15": 42 was
  stored, so her 15-year-old son was told the standard service.
- Leah, who saw her best friend killed, wrote "im scared they'll know its me" and was told "it
  happened to you".
- Amir's "he knows where i live tho" made a stabbing stalking "more than once", and his "it only
  happened once. police know" did not put it right.
- Dev's "My mum follows me" (on Instagram) made a hacked account stalking by a family member;
  "it's more like fraud/hacking than harassment" did not put it right.
"""

from actions.account import read_account
from actions.reading import Turn, corrections, read_turn
from actions.skip_logic import under_18_then_matters

ASKED = {"consent": True}


def read(text: str, requested: str, answers: dict | None = None):
    return read_turn(
        Turn(text=text, intent="inform", requested=requested, answers=answers or dict(ASKED))
    )


ZOFIA_FIRST = (
    "Hello, I need advice please. My ex husband he comes to school of my children when I pick "
    "them up and he is shouting at me in front of everyone. He has non-molestation order from "
    "court last year. I am not sure if this is breaking the order? What I should do?"
)


def test_a_court_order_dated_last_year_does_not_date_what_is_happening_now():
    account = read_account(ZOFIA_FIRST)
    assert account.within_12_months is True
    answers = {"crime_type": "domestic_abuse", "age": 33.0, "within_12_months": True}
    assert not under_18_then_matters(answers)


def test_what_happened_last_year_or_in_childhood_is_still_dated_so():
    assert read_account("he raped me last year").within_12_months is False
    assert read_account("he was shouting at me when i was 12").within_12_months is False
    assert (
        read_account("my uncle abused me years ago, he went to prison last year").within_12_months
        is False
    )


def test_a_parent_answering_with_both_ages_gives_the_childs():
    reading = read(
        "Im 42 but this is about my son, he is 15. And no we have not reported that he was "
        "assaulted, the police only treated him as a suspect",
        "age",
        {"consent": True, "crime_type": "assault", "reported_to_police": True},
    )
    assert reading.slots["age"] == 15.0
    assert reading.slots["under_18"] is True
    assert reading.slots["for_child"] is True


def test_a_parents_own_age_alone_is_still_their_age():
    for text, age in (("im 44", 44.0), ("35, and my daughter is fine", 35.0)):
        assert read(text, "age").slots["age"] == age


def test_fearing_they_will_know_its_me_is_not_it_happened_to_me():
    answers = {"consent": True, "crime_type": "homicide", "for_someone_else": True}
    text = (
        "some boys from another area. theyve been charged, the trial is supposed to be next "
        "year. will i have to give evidence?? im scared they'll know its me"
    )
    assert "for_someone_else" not in corrections(text, answers)
    assert corrections("its not her, its me. she hits me", answers)["for_someone_else"] is False


def test_he_knows_where_i_live_is_a_fear_not_stalking():
    account = read_account("not rite now no. he knows where i live tho")
    assert account.crime_type is None and account.repeat is None
    assert read_account("he keeps turning up, he knows where i live").crime_type == (
        "stalking_harassment"
    )


def test_it_only_happened_once_puts_right_more_than_once_beside_police_know():
    answers = {
        "consent": True,
        "crime_type": "serious_violence",
        "repeat_victimisation": True,
        "in_danger": False,
    }
    reading = read(
        "it only happened once. police know, they was at the hospital. they want me to give a "
        "statement but im not doin that",
        "reported_to_police",
        answers,
    )
    assert reading.slots["repeat_victimisation"] is False
    assert reading.slots["reported_to_police"] is True
    # "once, nothing happened" answers the police question; it corrects nothing.
    assert (
        "repeat_victimisation"
        not in read("once, nothing happened", "reported_to_police", answers).slots
    )


def test_a_mum_who_follows_me_online_is_not_a_stalker():
    account = read_account(
        "Yes that's fine. But seriously, what do I do right now about the account? My mum "
        "follows me"
    )
    assert account.crime_type is None and account.offender is None and account.repeat is None
    assert read_account("a man follows me home from the station").crime_type == (
        "stalking_harassment"
    )
    assert read_account("he follows me everywhere").crime_type == "stalking_harassment"


def test_more_like_fraud_than_harassment_corrects_the_crime():
    changes = corrections(
        "No that's wrong, it's not a family member. I have no idea who hacked me, some random "
        "scammer probably. It only started this morning. And it's more like fraud/hacking than "
        "harassment?",
        {"crime_type": "stalking_harassment", "relationship_to_offender": "family_member"},
    )
    assert changes["crime_type"] == "fraud"
    assert changes["relationship_to_offender"] == "unknown"


def test_an_order_against_a_partner_or_relative_is_domestic_abuse():
    account = read_account(ZOFIA_FIRST)
    assert account.crime_type == "domestic_abuse"
    assert account.offender == "partner_or_ex"
    # The order says who it is against; a stranger's attack told beside it stays a robbery.
    other = read_account(
        "i got a non-molestation order against my ex last year, now a stranger mugged me"
    )
    assert other.crime_type == "robbery"


def test_answers_to_later_questions_as_sentences_of_their_own_are_kept():
    answers = {"consent": True, "crime_type": "criminal_damage"}
    reading = read(
        "Feeling safe please. Mostly I am scared of fire. Barking and Dagenham. English.",
        "court_fear",
        answers,
    )
    assert reading.slots["needs"] == ["safety"]
    assert reading.slots["language"] == "english"
    assert reading.slots["borough"] == "barking and dagenham"
    # A word inside a sentence is not an answer to a question not yet asked.
    other = read("I speak English at home but my mum doesn't. no", "court_fear", answers)
    assert "language" not in other.slots and "needs" not in other.slots


def test_a_strand_named_as_the_answer_is_a_yes():
    answers = {"consent": True, "crime_type": "criminal_damage"}
    reading = read("obviously. race. both times if you ask me", "hate_motivated", answers)
    assert reading.slots["hate_motivated"] is True
    assert reading.slots["hate_strand"] == ["race"]
    assert read("my religion", "hate_motivated", answers).slots["hate_strand"] == ["religion"]
    no = read("no. race has nothing to do with it", "hate_motivated", answers)
    assert no.slots["hate_motivated"] is False


def test_sad_and_ashamed_is_heard_as_blaming_herself():
    from actions.questions import blames_self

    assert blames_self("No. I am just sad and ashamed. I dont sleep")
    assert not blames_self("im just tired")
    assert not blames_self("I feel sad and angry")


def test_a_parent_is_told_what_their_child_is_likely_to_get():
    from actions.results import categories_sentence, reasons_messages
    from referrals.results import build_result

    result = build_result(
        {
            "crime_type": "assault",
            "for_child": True,
            "age": 15.0,
            "under_18": True,
            "reported_to_police": False,
            "fear_of_giving_evidence": True,
        }
    )
    assert categories_sentence(result).startswith("If it's reported, your child is likely")
    why = "\n".join(reasons_messages(result))
    assert "your child was under 18 at the time" in why
    assert "your child feels afraid" in why
    assert "you were" not in why and "you are" not in why.lower()
    # Someone writing about themselves is still "you".
    own = "\n".join(reasons_messages(build_result({"crime_type": "assault", "under_18": True})))
    assert "you were under 18 at the time" in own


def test_i_dont_know_then_probably_yes_is_a_yes():
    answers = {"consent": True, "crime_type": "assault", "for_child": True}
    reading = read(
        "I dont know. Probably yes. He didnt go to hospital, I treated him at home",
        "fear_of_giving_evidence",
        answers,
    )
    assert reading.slots["fear_of_giving_evidence"] is True
    unsure = read("I dont know. He didnt go to hospital", "fear_of_giving_evidence", answers)
    assert "fear_of_giving_evidence" not in unsure.slots
    assert (
        read("not sure. no.", "fear_of_giving_evidence", answers).slots["fear_of_giving_evidence"]
        is False
    )


def test_a_hacked_account_asking_contacts_for_money_is_fraud():
    account = read_account(
        "Hi, my Instagram has been hacked. Whoever has it is DMing my contacts asking them to "
        "send money, and they've posted a story saying I'm gay. I'm not out to my family. I'm "
        "panicking, what do I do?"
    )
    assert account.crime_type == "fraud"
    assert account.offender is None
    # Hacking by a partner is still read with who did it.
    ex = read_account("my ex hacked my instagram and keeps posting about me")
    assert ex.offender == "partner_or_ex" and ex.crime_type != "fraud"


def test_havent_reported_to_police_yet_is_a_no():
    reading = read(
        "28. Haven't reported to police yet, should I? Or is it Action Fraud for this",
        "reported_to_police",
        {"consent": True, "crime_type": "fraud"},
    )
    assert reading.slots["reported_to_police"] is False
    assert (
        read("i reported to police yesterday", "reported_to_police").slots["reported_to_police"]
        is True
    )
