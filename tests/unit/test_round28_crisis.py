"""Round 28 role-play: crisis signals missed or misread, and a false alarm."""

import pytest

from actions.questions import mentions_medical_emergency
from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk, someone_else_at_risk, trusted_crisis

# Grace, 66, pushed over by her son, said it inside her answer about what would help.
GRACE = (
    "Someone to talk to I think. And help for him, with the drugs. I'm so sorry, I know that's "
    "not what you're for. I just love him and I don't know what to do. Some days I think it "
    "would be easier if I wasn't here at all."
)


@pytest.mark.parametrize(
    "text",
    [
        GRACE,
        "Some days I think it would be easier if I wasn't here at all.",
        "easier if i wasnt here",
        "better if i wasnt around",
        "dont want to be here anymore",
        "it would be easier for everyone if i was gone",
        "maybe it would be better if i wasnt around anymore",
        "it would be easier for my family if i just disappeared",
        "honestly i'd be doing everyone a favour if i wasnt here",
    ],
)
def test_a_passive_wish_not_to_be_alive_is_thoughts_of_suicide(text):
    assert detect_risk(text) == SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "it would be easier if i wasnt here when he comes round",
        "it would be easier if i wasnt here when he comes round to get the kids",
        "better if i wasnt around him",
        "probably better if i wasnt around him at all, he winds me up",
        "its easier if i wasnt here while the kids do homework",
        "it would be better if i wasnt there",
        "it would be easier if i wasnt here on saturday",
        "its better if i wasnt around when the police come",
        "better if i wasnt here at all when he visits",
        "do me a favour if i wasnt here sign for the parcel",
        "would it be better if i wasnt at the interview",
    ],
)
def test_being_out_of_the_way_is_not_a_crisis(text):
    assert detect_risk(text) is None


# Nikita, writing for her brother, stabbed and in hospital.
@pytest.mark.parametrize(
    "text",
    [
        "terrified yes. honestly im worried about him, last night he said he wishes he didnt "
        "wake up",
        "one more thing should i tell the nurses what he said about wishing he didnt wake up? i "
        "dont want to get him in trouble",
        "he said he wishes he was dead",
        "hes in hospital and he says he wishes they had killed him",
        "my son keeps saying he wants to kill himself",
        "shes been suicidal since the attack",
        "he doesnt want to live anymore",
    ],
)
def test_thoughts_of_suicide_told_of_someone_else(text):
    assert someone_else_at_risk(text)


@pytest.mark.parametrize(
    "text",
    [
        "i wish he was dead",
        "i wish he didnt wake up",
        "my friend killed himself two years ago, thats partly why im so shaken",
        "he is not suicidal",
        "he wanted to kill me",
        "he was going to die",
        "she doesnt want to live here",
        "yes my brother",
        "no",
        "he is in hospital",
    ],
)
def test_not_thoughts_of_suicide_in_someone_else(text):
    assert not someone_else_at_risk(text)


# Fatma, little English: a hand on the neck stopped her breath.
@pytest.mark.parametrize(
    "text",
    [
        "no. you understand? he hold my neck i cant breath",
        "he choked me and i couldnt breathe",
        "he had his hands round my throat and i cant breathe",
        "he put a pillow over my face i cant breathe",
    ],
)
def test_no_breath_from_a_neck_hold_is_not_a_heart_attack(text):
    assert not mentions_medical_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "i cant breathe my chest is tight",
        "i cant breathe",
        "he choked me last night and now i have chest pain",
        "he strangled me and my face is drooping",
    ],
)
def test_heart_attack_signs_still_get_999(text):
    assert mentions_medical_emergency(text)


# Kwabena had said he was safe at home.
def test_the_blow_told_as_when_something_happened_is_not_danger_now():
    text = (
        "He was shouting some things about where I'm from before he hit me. I'm Ghanaian. I "
        "told the police that"
    )
    assert detect_risk(text) is None
    assert not trusted_crisis(text, IN_DANGER)


@pytest.mark.parametrize(
    "text", ["hes hitting me now", "he is here and he hit me", "hes outside, he hit me before"]
)
def test_danger_now_is_still_believed(text):
    assert trusted_crisis(text, IN_DANGER)
