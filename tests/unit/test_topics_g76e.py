"""Round 76, helper g76e: Kieran (his daughter at home with his abusive girlfriend), Bisi (time
off to be with her stabbed son, 19; police updates; an adult, not a child; a threat after the
report), Dev (a court question beside "someone to talk to"; Galop for a transphobic assault),
Pat (help for her adult son's drug use; whether she must report him) and Marcus (police
updates), with other people's messages that keep their answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions import topics
from actions.questions import known_answer
from core import vocabulary
from referrals.matching import match_organisations
from tests.unit.known_answers import ORGANISATIONS, assert_one_sms_with_a_source, at_question

TOPIC_ANSWERS = Path(__file__).parents[2] / "bot" / "domain" / "responses_topics.yml"
NEW = [
    "utter_g76e_child_living_with_abuse_man",
    "utter_g76e_child_living_with_abuse_unsure",
    "utter_g76e_child_living_with_abuse",
    "utter_g76e_time_off_dependant",
    "utter_g76e_police_keep_you_updated",
    "utter_g76e_threat_tell_officer",
    "utter_g76e_their_revenge_adult",
    "utter_g76e_not_a_child",
    "utter_g76e_drugs_help_for_him",
]


def topic(text: str, facts: dict) -> str | None:
    say = topics.topic_answer(text, facts)
    return say.response if say else None


def known(text: str, facts: dict) -> list[str | None]:
    say = known_answer(text, facts.get("crime_type"), ORGANISATIONS, answers=facts)
    return [] if say is None else [say.response, *(then.response for then in say.then)]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_a_source(name):
    assert_one_sms_with_a_source(name, TOPIC_ANSWERS)


# -- 1. Kieran -------------------------------------------------------------------------------
KIERAN_SAID = [
    "no not right now. shes out. its my girlfriend, she gets a bit handy when shes had a drink.",
    "croydon. tbh its not me im worried about its my little girl, shes 3. last week she threw "
    "the kettle at me, i got a burn on my arm, the little one was in the next room. what if next "
    "time its her",
]
KIERAN = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "reported_to_police": False,
    "age": 35.0,
    "consent": True,
    "borough": "croydon",
    "said": KIERAN_SAID,
}


def test_kieran_what_if_next_time_its_her():
    assert topic(KIERAN_SAID[1], {**KIERAN, "said": KIERAN_SAID[:1]}) == (
        "utter_g76e_child_living_with_abuse_unsure"
    )


def test_kieran_did_u_read_what_i_said_about_my_daughter():
    text = (
        "yeah loads. every weekend pretty much when shes drinking. did u read what i said about "
        "my daughter"
    )
    assert at_question(text, "repeat_victimisation", KIERAN) == [
        "utter_g76e_child_living_with_abuse_unsure"
    ]


def test_kieran_is_she_safe_or_not_is_not_the_refuge_answer():
    text = (
        "no?? its my gf. mate im asking u about my daughter, shes 3 and she lives with us. is she "
        "safe or not"
    )
    facts = {**KIERAN, "repeat_victimisation": True, "gender": "man"}
    assert at_question(text, "hate_motivated", facts) == ["utter_g76e_child_living_with_abuse_man"]


def test_no_children_spoken_of_no_child_answer():
    facts = {**KIERAN, "said": ["my girlfriend hits me when she drinks"]}
    assert topic("is she safe or not", facts) is None


# -- 2. Bisi ---------------------------------------------------------------------------------
BISI = {
    "crime_type": "serious_violence",
    "for_someone_else": True,
    "age": 19.0,
    "reported_to_police": True,
    "consent": True,
}


def test_bisi_time_off_to_be_with_him():
    text = (
        "Feeling safe, someone to talk to, and information, what happens next. Also for me, I am "
        "not sleeping. And you did not answer about the time off work"
    )
    assert at_question(text, "needs", BISI) == ["utter_g76e_time_off_dependant"]


def test_own_sick_leave_keeps_its_answer():
    facts = {"crime_type": "assault", "age": 30.0}
    assert topic("can I get time off work because I am sick with stress?", facts) != (
        "utter_g76e_time_off_dependant"
    )


def test_bisi_will_dc_okafor_call_us():
    text = (
        "Sorry but I never said he was targeted more than once. This was the first time as far "
        "as I know. Please correct that. And what happens next with the police, will DC Okafor "
        "call us?"
    )
    assert at_question(text, "referral_consent", BISI) == ["utter_g76e_police_keep_you_updated"]


def test_bisi_revenge_of_a_19_year_old_is_not_childline():
    text = (
        "No. Well he has asthma but that is all. Now he has the wound of course. Please can you "
        "tell me who can help him, he is very quiet, he won't talk to me or his sister, I am "
        "worried he will want revenge or that he is scared"
    )
    assert at_question(text, "impairment", BISI) == ["utter_g76e_their_revenge_adult"]
    assert known(text, {**BISI, "age": 15.0}) == ["utter_v1_their_revenge"]


def test_bisi_he_is_not_a_child():
    text = (
        "He is 19, he is not a child, Childline is for children no? Yes he would be scared to "
        "give evidence, very. Sorry I am all over the place"
    )
    assert at_question(text, "fear_of_giving_evidence", BISI)[0] == "utter_g76e_not_a_child"


def test_bisi_threat_after_the_report_goes_to_the_officer():
    text = (
        "I don't know. He is in the hospital so I think he is safe there for now. But his friends "
        "are saying the boys who did it know where we live. I am frightened for when he comes "
        "home. Should I tell the police this?"
    )
    said = at_question(text, "in_danger", BISI)
    assert "utter_g76e_threat_tell_officer" in said
    assert "utter_d6_report_a_day_later" not in said


def test_not_reported_keeps_the_report_late_answer():
    facts = {"crime_type": "assault", "age": 50.0, "reported_to_police": False}
    assert "utter_d6_report_a_day_later" in known(
        "should I ring the police now even though it was yesterday?", facts
    )


# -- 3. Dev ----------------------------------------------------------------------------------
DEV = {
    "crime_type": "assault",
    "reported_to_police": True,
    "hate_motivated": True,
    "age": 26.0,
    "relationship_to_offender": "stranger",
}


def test_dev_court_question_beside_someone_to_talk_to():
    text = (
        "help with court and someone to talk to. whats actually gonna happen if they catch him, "
        "do i have to go to court for sure"
    )
    assert at_question(text, "needs", DEV) == ["utter_court"]


def test_low_mood_still_answered():
    assert "utter_low_mood" in known(
        "i cant sleep, i think im depressed, is there help?", {"crime_type": "assault"}
    )


def test_dev_trans_stuff_is_transgender_hate_and_galop_comes():
    first = "guy was screaming slurs at me, trans stuff. cut my eyebrow open"
    strands = vocabulary.values("hate_strand", first)
    assert strands == ["transgender_identity"]
    facts = {**DEV, "hate_strand": strands, "borough": "hackney"}
    assert "galop-lgbt-helpline" in [org.id for org in match_organisations(facts)]
    assert vocabulary.values("hate_strand", "i took the train on the transport network") == []


# -- 4. Pat ----------------------------------------------------------------------------------
PAT = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "for_someone_else": True,
    "reported_to_police": False,
    "age": 62.0,
}


@pytest.mark.parametrize(
    "text",
    [
        "I have arthritis and I take tablets for my nerves. Sorry but is there anyone for his "
        "drugs? For adults?",
        "Thank you, that's a relief. Is the Adfam one for him or for me? I just want someone to "
        "get him off the drugs, he won't go to the doctor",
    ],
)
def test_pat_help_for_her_adult_sons_drugs(text):
    assert topic(text, PAT) == "utter_g76e_drugs_help_for_him"


def test_pat_would_i_have_to_report_him():
    text = (
        "Well he takes money from me. And when I say no he shouts and says things, threatens me. "
        "He pushed me once in the kitchen, but he was sorry after. I don't want him in trouble "
        "with the police. Would I have to report him?"
    )
    assert at_question(text, "crime_type", {**PAT, "crime_type": None}) == [
        "utter_support_without_report"
    ]


# -- 5. Marcus -------------------------------------------------------------------------------
def test_marcus_police_havent_called_me_back():
    facts = {"crime_type": "criminal_damage", "reported_to_police": True, "age": 38.0}
    text = (
        "right. and how do i make sure he actually gets done for it. the police havent even "
        "called me back"
    )
    assert topic(text, facts) == "utter_g76e_police_keep_you_updated"
    assert topic(text, {**facts, "reported_to_police": False}) is None


# -- more of Bisi and Pat, in the words they used ----------------------------------------------
BISI_FIRST = (
    "Good evening. My name is Bisi, I am writing for my son Tobi and for myself. He is 19 and he "
    "was stabbed two nights ago near Peckham, he is alive thank God, he is in King's now, they "
    "operated on his stomach. The police came to the hospital and took a statement. I don't know "
    "what happens next, nobody is telling us anything. Will they come after him again when he is "
    "discharged? And who can help him, he won't talk to me. I am a nurse and I am supposed to be "
    "on shift tomorrow, can I get time off for this?"
)


def test_bisi_first_message_time_off_is_not_witness_expenses():
    said = known(BISI_FIRST, {**BISI, "said": []})
    assert "utter_g76e_time_off_dependant" in said
    assert "utter_witness_expenses_and_losses" not in said


def test_court_days_keep_the_witness_expenses_answer():
    text = "what about the days off, police statement, court. who pays me?"
    assert "utter_witness_expenses_and_losses" in known(text, {"crime_type": "assault"})


def test_bisi_i_mean_time_off_to_be_with_him_at_the_privacy_question():
    text = (
        "Yes that is ok. But sorry I don't think you understood, I mean time off from my job at "
        "the hospital, I work at Guy's, to be with him. Not court. And the police already took "
        "his statement"
    )
    assert at_question(text, "consent", {**BISI, "said": [BISI_FIRST]}) == [
        "utter_g76e_time_off_dependant"
    ]


PAT_SAID = [
    "Hello, sorry to bother you. It's about my son, he lives with me.",
    "He's not well, he takes drugs, and money keeps going from my purse and he's had my bank card.",
    "No, he's asleep upstairs. Sorry",
]
PAT_AS_READ = {
    "for_child": True,
    "relationship_to_offender": "family_member",
    "reported_to_police": False,
    "crime_type": "robbery",
    "age": 62.0,
    "consent": True,
    "said": PAT_SAID,
}


def test_pat_help_with_the_drugs_is_not_the_child_who_saw_answer():
    text = (
        "Yes, it's most weeks really, for about a year. Since he lost his job. But it's not "
        "abuse, he's my son, he's ill. Is there anyone who can help him with the drugs?"
    )
    assert at_question(text, "repeat_victimisation", PAT_AS_READ) == ["utter_family_drugs_help"]


def test_pat_i_mean_help_for_his_drug_problem():
    text = (
        "No. Sorry, I think I confused you, he's not a child, he's 30. He doesn't go to school. I "
        "mean help for his drug problem"
    )
    said = at_question(text, "hate_motivated", PAT_AS_READ)
    # o103a (round 103): "I mean X" is read as the question X, which the family drugs answer
    # (FRANK and Adfam, as the other two) answers.
    assert said and said[0] in {
        "utter_topic_family_drugs",
        "utter_g76e_drugs_help_for_him",
        "utter_j3_family_drugs_help",
    }
