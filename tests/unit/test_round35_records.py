"""What round 35's role-players said that was recorded wrongly (see
/tmp/roleplay/transcripts/r35*.txt), so what they were told changed:

- Yasmin (41), spat at on a bus with her daughter of 14 beside her, was taken to be writing
  about her child; four corrections ("It was ME", "I am the victim, I am 41") were ignored and
  her daughter was told the enhanced service.
- Angela (70), hurt by her daughter of 40 who lives with her, was "telling me about your child"
  and a robbery; "I don't have a disability but I look after my husband, he has dementia" kept
  a disability; "I'm getting confused" (by the chat) brought the head-injury A&E answer.
- Jordan's "i got stabbed in my leg last month" after threats on Snapchat stayed stalking.
- Mei's "I reported it to HR ..., not the police" was "you've told the police".
- Kofi's "No, I am not asking about court money" closed his referral.
"""

from actions.account import read_account
from actions.answers import read_impairment, read_referral_consent, read_reported_to_police
from actions.questions import known_answer
from actions.reading import corrections

YASMIN = (
    "Salaam. Something happened this morning on the 25 bus and I don't know if I should report "
    "it. A woman started shouting about Muslims and spat at me and grabbed my hijab, tried to "
    "pull it off. My daughter was with me. . Yes ok . I'm home now. Still shaking a bit. My "
    "daughter is 14, she is very quiet since, I think she is more upset than she says"
)
ANGELA = (
    "Good afternoon. I'm not sure this is the right place to ask. It's about my daughter. She "
    "has been living with us and when she has been drinking she can get quite rough with me. . "
    "Yes, that's OK . Not at the moment, she is asleep upstairs. Last night she grabbed my arm "
    "and pushed me and it's quite bruised today. It's not the first time."
)


def test_a_mother_attacked_beside_her_daughter_is_writing_about_herself():
    told = read_account(YASMIN)
    assert told.for_child is None and told.age is None and told.repeat is None
    assert told.crime_type == "assault" and told.hate is True
    # A parent writing for a son who was attacked is still writing about the child.
    son = read_account("they punched my son and threatened me too. im writing for my son")
    assert son.for_child is True


def test_it_was_me_puts_right_a_child_taken_for_the_victim():
    child = {"for_child": True, "age": 14.0, "under_18": True, "crime_type": "assault"}
    changes = corrections(
        "You are not listening. I am the victim, I am 41. My daughter was only a witness.", child
    )
    assert changes == {"for_child": False, "age": 41.0, "under_18": False}
    first = corrections("No, it was me she attacked, not my daughter. My daughter saw it.", child)
    assert first["for_child"] is False and first["age"] is None
    assert corrections("its not my daughter its my son", child) == {}


def test_a_daughter_who_hurts_her_mother_is_domestic_abuse_by_a_relative():
    told = read_account(ANGELA)
    assert told.for_child is None
    assert told.offender == "family_member" and told.crime_type == "domestic_abuse"


def test_a_disability_she_says_she_does_not_have_is_not_hers():
    text = (
        "I didn't hit my head, it's my arm. I only meant this chat is confusing me. I don't "
        "have a disability but I look after my husband, he has dementia."
    )
    assert corrections(text, {"impairment": True}) == {"impairment": False}
    assert read_impairment(text).value is False
    assert corrections("I dont have a disability, I have MS", {"impairment": True}) == {}
    assert read_impairment("I have dementia").value is True


def test_confused_by_the_chat_is_not_a_head_injury():
    answers = {"crime_type": "domestic_abuse", "relationship_to_offender": "family_member"}
    said = known_answer(
        "I'm sorry, I'm getting confused. I am 70. My daughter is 40. It happened to me, not to "
        "her.",
        "domestic_abuse",
        answers=answers,
    )
    assert said is None or said.response != "utter_head_injury_now"
    dad = known_answer(
        "Dad has just vomited and seems a bit confused. Should I call an ambulance or drive him?",
        "robbery",
        answers={},
    )
    assert dad.response == "utter_head_injury_now"


def test_a_stabbing_told_after_threats_replaces_stalking():
    changes = corrections(
        "nah its not just that. i got stabbed in my leg last month. feds came to the hospital n "
        "that but they think im in a gang which im not",
        {"crime_type": "stalking_harassment"},
    )
    assert changes["crime_type"] == "serious_violence"
    assert corrections("no i wasnt stabbed", {"crime_type": "stalking_harassment"}) == {}


def test_reported_to_hr_not_the_police_is_not_reported():
    text = (
        "No, I'm safe. It was at our team Christmas party two weeks ago. A senior colleague put "
        "his hand up my skirt while we were at the bar. I reported it to HR the following "
        "Monday, not the police."
    )
    assert read_reported_to_police(text).value is False
    assert read_reported_to_police("i reported it to the police").value is True


def test_no_im_not_asking_that_is_not_a_no_to_a_referral():
    said = read_referral_consent(
        "No, I am not asking about court money. I am asking about my employer. Counselling, "
        "time off, through work. Who do I ask?"
    )
    assert said.value is None
    assert read_referral_consent("no thanks").value is False


def test_its_me_they_should_contact_is_about_contact_not_who_it_happened_to():
    # Rachel, writing for her son Josh (12): "they're an adult, so the questions are about them".
    child = {"for_child": True, "age": 12.0, "under_18": True, "crime_type": "robbery"}
    said = "ok yes pass my details on. its me they should contact not josh, he's 12"
    assert corrections(said, child) == {}
    assert corrections("its about me, not a child", child) == {"for_child": False}


def test_shaking_a_bit_is_not_a_child_bitten():
    told = read_account(
        "I'm home now. Still shaking a bit. My daughter is 14, she is very quiet since, I think "
        "she is more upset than she says"
    )
    assert told.for_child is None and told.repeat is None
    assert read_account("a dog bit my son").for_child is True
