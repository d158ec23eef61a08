"""What round 34's role-players said that was recorded wrongly (see
/tmp/roleplay/transcripts/r34*.txt).

- Gloria (67) asked "Will somebody ring me today? I dont really want to sleep there tonight"
  beside her yes to a referral; the handover said they would ring "at the times you gave
  ("today, tonight")".
"""

from actions.answers import contact_said
from actions.reading import Turn, read_turn


def test_asking_when_they_will_ring_is_not_a_time_to_ring():
    said = contact_said(
        "Yes please pass it on. Will somebody ring me today? I dont really want to sleep there "
        "tonight with no lock change"
    )
    assert "contact_times" not in said


def test_times_said_as_wishes_are_still_kept():
    assert contact_said("yes. evenings")["contact_times"] == "evenings"
    assert contact_said("yes ring me tonight please")["contact_times"] == "tonight"
    assert contact_said("yes. can you call me after 6?")["contact_times"] == "after 6"


AMINA_FIRST = (
    "Please help. My husband hits me. He is out now. I want to leave tonight with my 3 children "
    "but I have nowhere to go"
)


def test_nowhere_to_go_from_abuse_at_home_gets_the_refuge_line_at_once():
    from actions.questions import known_answer

    assert known_answer(AMINA_FIRST, None).response == "utter_living_with_them"
    later = "He is not here now. Maybe one hour he come back. Where can I go? I have no money"
    assert known_answer(later, "domestic_abuse").response == "utter_living_with_them"
    # Not someone burgled with nowhere to sleep, nor "where can i go to report it".
    burgled = known_answer("they broke my door, i have nowhere to sleep tonight", "burglary")
    assert burgled.response == "utter_somewhere_to_stay"
    assert known_answer("where can i go to report it", "domestic_abuse") is None


def test_no_time_for_questions_is_not_a_no_to_keeping_the_chat():
    from actions.answers import read_consent

    said = read_consent("no time for many question. can Brent council give us room tonight?")
    assert said.value is None
    assert read_consent("no thanks").value is False


def test_filmed_getting_changed_is_a_sexual_offence_with_an_intimate_image():
    from actions.account import read_account

    for text in (
        "its just a boy in my year filmed me in the changing rooms in PE when i was getting "
        "changed and now its all over snap",
        "i just told u?? he filmed me changing without me knowing n sent it round. like i was "
        "in my bra n stuff",
    ):
        account = read_account(text)
        assert account.crime_type == "sexual_offence", text
        assert "intimate_images" in account.details, text
    assert read_account("they filmed me getting beaten up and put it on snap").crime_type == (
        "assault"
    )
    assert read_account("someone filmed me at the party dancing").crime_type is None


def test_a_robbery_with_no_one_hurt_is_not_sent_to_the_injuries_scheme():
    from referrals.results import build_result

    robbed = {
        "crime_type": "robbery",
        "age": 34.0,
        "reported_to_police": True,
        "account_details": ["weapon"],
        "needs": ["compensation", "practical"],
        "borough": "greenwich",
    }
    assert "cica" not in build_result(robbed).referral_ids
    hurt = {**robbed, "account_details": ["weapon", "injured"]}
    assert "cica" in build_result(hurt).referral_ids


def test_a_grandson_who_takes_her_money_is_who_did_it_not_whom_it_is_about():
    from actions.account import read_account
    from actions.reading import corrections

    told = read_account(
        "hello dear. i hope this is the right number. its about my grandson . no not now. he is "
        "out. he lives with me. he takes money from my purse and shouts if i say no"
    )
    assert told.for_child is None and told.offender == "family_member"
    # A parent writing about a son who was attacked is still writing about the child.
    son = read_account("its about my son, he was attacked at school and they took his phone")
    assert son.for_child is True
    changes = corrections(
        "no he is my grandson not my child. i dont want the police, i dont want him in trouble. "
        "i love him",
        {"for_child": True, "crime_type": "theft"},
    )
    assert changes == {"for_child": False, "relationship_to_offender": "family_member"}


def test_an_employer_keeping_a_passport_gets_the_exploitation_answer():
    from actions.questions import known_answer

    worker = {
        "crime_type": "human_trafficking",
        "relationship_to_offender": "someone_known",
        "account_details": ["domestic_worker"],
    }
    for text in (
        "no. I am healthy, only tired. how I get my passport back? she keep in her room",
        "domestic abuse? she is not my family, she is my patroa, I work for her. I ask how I "
        "take my passport back",
    ):
        said = known_answer(text, "human_trafficking", answers=worker)
        assert said.response == "utter_passport_back_exploitation", text
    husband = known_answer(
        "my husband keeps my passport, how do i get my passport back?", "domestic_abuse", answers={}
    )
    assert husband.response != "utter_passport_back_exploitation"


def test_the_lady_i_work_for_is_someone_known():
    reading = read_turn_for(
        "is the lady I work, Mrs. Patricia. I clean her house, she is my chefe",
        "relationship_to_offender",
    )
    assert reading.slots["relationship_to_offender"] == "someone_known"
    other = read_turn_for("not my boss, a stranger", "relationship_to_offender")
    assert other.slots["relationship_to_offender"] == "stranger"


def test_only_by_message_is_safe_to_contact_that_way():
    reading = read_turn_for(
        "only message, not call. she can hear when she is in house. my number 07700 900552",
        "contact_safe",
    )
    assert reading.slots["contact_safe"] is True
    assert read_turn_for("not safe, she can hear", "contact_safe").slots["contact_safe"] is False


def read_turn_for(text: str, requested: str):
    from actions.reading import Turn, read_turn

    answers = {"consent": True, "crime_type": "human_trafficking", "referral_consent": True}
    return read_turn(Turn(text=text, intent="inform", requested=requested, answers=answers))


def test_can_we_get_moved_after_a_stabbing_gets_the_council_move_answer():
    from known_answers import sendable

    from actions.questions import known_answer

    answers = {"crime_type": "serious_violence", "for_someone_else": True}
    for text in (
        "feeling safe, someone to talk to, interpreter for mum. also can we get moved?? i dont "
        "want him coming back to this area",
        "waltham forest. walthamstow. you didnt answer about moving house, is that possible? we "
        "rent from the council",
    ):
        said = known_answer(text, "serious_violence", answers=answers)
        assert said.response == "utter_council_move", text
    assert known_answer("can we get moved to a refuge", "serious_violence", answers=answers) is None
    general = [text for text in sendable("utter_council_move") if "hate crime" not in text]
    assert general and all(len(text) <= 320 for text in sendable("utter_council_move"))


def test_filmed_during_sex_without_knowing_is_a_sexual_offence():
    from actions.account import read_account

    luke = read_account(
        "He came back to mine, and he was filming me on his phone without me knowing, while we "
        "were, you know. Then two of his mates turned up and they took my phone, laptop and made "
        "me transfer money"
    )
    assert luke.crime_type == "sexual_offence" and "intimate_images" in luke.details
    fight = read_account("they filmed me without me knowing when they beat me up")
    assert fight.crime_type != "sexual_offence"


def test_struggling_to_hear_means_no_phone_calls():
    from actions.account import read_account

    derek = read_account(
        "Also I would prefer not phone calls as I struggle to hear, emails or letters are better"
    )
    assert derek.cannot_phone is True


def test_text_first_then_ill_call_back_is_text():
    from actions.answers import read_contact_method

    said = read_contact_method(
        "Text message first please, then I'll call back. Weekday evenings are best."
    )
    assert said.value == "text"
    assert read_contact_method("call").value == "call"


def test_hedged_yeses_to_the_court_question_are_yes():
    answers = {"consent": True, "crime_type": "sexual_offence"}
    for text in (
        "court?? hes 15 too lol would he actually go to court. idk yes i guess",
        "little bit. because english",
    ):
        reading = read_turn(
            Turn(text=text, intent="inform", requested="fear_of_giving_evidence", answers=answers)
        )
        assert reading.slots["fear_of_giving_evidence"] is True, text
