"""Rasa NLU component that applies the keyword safety net (``bot.risk_words``) and the control
words that must work everywhere (``bot.keywords``), after every statistical prediction."""

from __future__ import annotations

import logging
import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot import rasa_patches
from bot.keywords import control_intent, n5_asks_something, n5_not_a_stop, p2_takes_leave
from bot.language import is_english
from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk, trusted_crisis
from core.person_request import asks_for_a_call, asks_for_person
from core.privacy_question import (
    about_their_things,
    asks_about_keeping_evidence,
    asks_about_privacy,
    gives_consent_after_all,
    h90c_image_takedown,
    k78a_not_a_delete_request,
)

logger = logging.getLogger(__name__)

OTHER_LANGUAGE = "other_language"
ASK_RIGHT = "ask_right"
REQUEST_HUMAN = "request_human"
DELETE = "delete_my_data"
FALLBACK = "nlu_fallback"
# Words from which an unplaced message is taken as an account rather than not understood.
LONG_MESSAGE_WORDS = 12
# Below this the classifier's next guess is noise.
MIN_FALLBACK_GUESS = 0.2
# What a question about a right mentions; a message that asks nothing and names none of these
# ("something happened to me today") is not a rights question, whatever the classifier says.
_RIGHTS_WORDS = re.compile(
    r"\b(?:right|rights|entitled|entitlement|compensation|compo|claim|cica|money|vps|"
    r"statement|court|trial|hearing|evidence|witness|judge|jury|sentence|sentencing|parole|"
    r"prison|release|licence|probation|appeal|review|complain\w*|complaint|ombudsman|"
    r"restorative|meet|prosecut\w*|charge\w*|cps|police|update\w*|told|tell me|inform\w*|"
    r"support|help|referr\w*|victims code|code|enhanced|assessment|special measures|screen|"
    r"interpreter|translator|contact scheme|apology|outcome|decision|investigat\w*|arrest\w*|"
    r"refer|conviction|convicted|no further action|nfa|needs|vulnerable|eligible|qualify|"
    r"victims?|entrance|waiting area|postponed|adjourned|letter|write to)\b"
)
# Texts often ask without a question mark: "have they arrested him yet", "what happens now". A
# question opens with a helping verb and a person, or a question word and a helping verb, so
# "when i got home the door was open" stays an account.
_QUESTION = re.compile(
    r"(?:^|[,.!;]\s*|\b(?:and|so|but|now)\s+)(?:(?:can|could|am|is|are|do|does|did|have|has|"
    r"will|would|should|may|might|must|shall)\s+(?:i|we|they|he|she|you|u|it|there|my|me|the|"
    r"someone|anyone|this)\b|(?:what|whats|when|where|why|how|who|which)\s*(?:is|are|was|do|"
    r"does|did|can|could|will|would|should|happens?|now|next|about)\b)|\b(?:why|is that "
    r"possible|is it possible|what now|now what|what next)\s*$"
)


# "someone to talk it through with" is a need (emotional support), not a request for a person
# here, unless they name one.
_TALK_NEED = re.compile(
    r"\b(?:someone|somebody|some one|people) (?:to (?:talk|speak|listen|chat)|who (?:understands|"
    r"gets it|listens|will listen))\b"
)
_NAMES_A_PERSON = re.compile(
    r"\b(?:human|real person|actual person|a person|support worker|worker|staff|operator|"
    r"agent|adviser|advisor|not a bot|not a robot|not a machine|speak to someone|talk to someone"
    r"(?! who))\b"
)


# Erasing everything cannot be undone: the classifier's guess stands only when the message
# says to delete, erase or forget ("pass my details on" once brought the delete question).
_ERASE_WORDS = re.compile(
    # Not "I forget things sometimes" (memory) nor "forget it" (never mind).
    r"\b(?:delete|deleted|deleting|erase|erased|wipe|wiped|remove|removed|forget (?:everything|"
    r"all|me|my|this|what i|about me)|forgotten|"
    r"get rid|clear|destroy|gdpr|right to be forgotten|(?:stop|dont|do not|not) (?:\w+ ){0,2}"
    r"(?:keep|keeping|store|storing|hold|holding|save|saving))\b"
)
# Asking for a person names one, or asks to talk, speak or be called: "when will they ring me"
# is a question about the referral, not a request.
_PERSON_WORDS = re.compile(
    r"\b(?:human|person|people|someone|somebody|some one|anyone|anybody|worker|staff|adviser|"
    r"advisor|operator|agent|counsellor|caseworker|case worker|transfer me|put me through|"
    r"real|talk|speak|chat|call me|ring me|phone me|bot|robot|"
    r"machine|automated)\b"
)


_ASKS_WHAT_I_AM = re.compile(
    r"\b(?:bot|robot|machine|automated|automatic|computer|ai|chatbot|artificial|human|person|"
    r"someone actually|anyone actually|typing|what are you|who are you|who is this|(?:you|u|ur|"
    r"youre|you re|are you) (?:\w+ )?real|youre not real|you re not real|siri|alexa|program|"
    r"recorded|recording|gpt|openai|chatgpt)\b"
)


# -- round 73, helper y73e --: "Will Daniel be able to see it? He uses my computer sometimes."
# (Agnes) asks who can see the chat: a computer someone owns or shares is not "are you a bot?".
_Y73E_A_DEVICE = re.compile(
    r"\b(?:my|our|his|her|their|family|shared|home|work|library|uni|school) computers?\b|"
    r"\bon (?:the|this|that) computer\b"
)
# -- end of round 73, helper y73e --


def asks_what_i_am(text: str | None) -> bool:
    words = (text or "").lower().replace("'", "").replace("\u2019", "")
    return bool(_ASKS_WHAT_I_AM.search(_Y73E_A_DEVICE.sub(" ", words)))  # round 73, y73e


# Deleting something that is not what we keep: "how do I get the photo removed?", "I'll delete
# the messages now" (on their own phone), "do i need to delete these msgs?".
_NOT_OUR_DATA = re.compile(
    r"\b(?:photos?|pictures?|pics?|images?|videos?|nudes?|posts?|accounts?|profile)\b|"
    r"\b(?:on|off|from) (?:my|the) phone\b|\bi(?:ll| will| am going to|m going to| need to| have "
    r"to| should| must) (?:\w+ )?(?:delete|clear|wipe)\b|\b(?:do|should|must|shall) i (?:need to |"
    r"have to )?(?:delete|clear|wipe)\b"
)


# -- round 40, helper G2 -- "Please stop saying about neck. I have no health condition." (Mei)
# ended the whole chat: stopping one thing the bot says is not the stop command.
_STOP_ONE_THING = re.compile(
    # z87d (round 87): Chloe, "ANY TIME. stop changing it" (her contact time) ended the chat.
    r"\bstop (?:saying|telling me|talking|going on|writing|mentioning|repeating|sending me|"
    r"changing|getting (?:it|that|this) wrong|ignoring)"
    r"(?: \w+)?(?: about| that| this| the| my)?\b"
)


def stops_one_thing(text: str | None) -> bool:
    return bool(_STOP_ONE_THING.search((text or "").lower().replace("'", "")))


def not_our_data(text: str | None) -> bool:
    return bool(_NOT_OUR_DATA.search((text or "").lower().replace("'", "")))


def p5_stop_not_trusted(text: str | None) -> bool:
    """A guess of stop that the message does not bear out: it asks something, is long, or
    stops one thing only ("stop saying about neck") or names something ("stop hate uk")."""
    said = str(text or "")
    return (
        "?" in said
        or len(said.split()) >= LONG_MESSAGE_WORDS
        or stops_one_thing(said)  # -- round 40, helper G2 --
        or n5_not_a_stop(said)  # -- round 44, helper N5 --
    )


def erase_words(text: str | None) -> bool:
    return bool(_ERASE_WORDS.search((text or "").lower()))


def names_a_person(text: str | None) -> bool:
    return bool(_PERSON_WORDS.search((text or "").lower()))


def wants_someone_to_talk_to(text: str | None) -> bool:
    lowered = (text or "").lower()
    return bool(_TALK_NEED.search(lowered)) and not _NAMES_A_PERSON.search(lowered)


def about_rights(text: str | None) -> bool:
    if not text:
        return False
    lowered = text.lower()
    return "?" in lowered or bool(_RIGHTS_WORDS.search(lowered) or _QUESTION.search(lowered))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNetClassifier(GraphComponent, IntentClassifier):
    """Makes the classifier's intent safe and sure, after every statistical prediction.

    * A danger or self-harm phrase (``bot.risk_words``) wins over any prediction.
    * A bare control word (stop, help, human, delete my data, WHY, RIGHTS, MORE) means itself.
    * A message clearly not in English becomes ``other_language`` (``bot.language``).
    * A guess of danger or suicide with none of the words such messages use is not trusted:
      the next best intent is taken instead, so an ordinary answer is not met with a crisis
      reply.
    """

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyNetClassifier:
        if not rasa_patches.installed():
            logger.warning(
                "Rasa was started without `python -m bot.server`: a failed action will not "
                "answer the person, and a database error will be hidden."
            )
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            current = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            override = detect_risk(text) or control_intent(text)
            if override is None and asks_for_person(text) and not asks_for_a_call(text):
                override = REQUEST_HUMAN
            if override is None and not is_english(text):
                override = OTHER_LANGUAGE
            if override is not None:
                if override != current:
                    _set_intent(message, override, 1.0)
            elif current in (IN_DANGER, SELF_HARM) and not trusted_crisis(text, current):
                _demote(message, () if about_rights(text) else (ASK_RIGHT,))
            elif (
                asks_about_privacy(str(text or "")) or asks_about_keeping_evidence(str(text or ""))
            ) and current != ASK_RIGHT:
                # "who can see this chat?": answered by the rights action, whatever the guess.
                _set_intent(message, ASK_RIGHT, 1.0)
            elif current == ASK_RIGHT and not about_rights(text):
                _demote(message, (ASK_RIGHT,))
            elif current in (REQUEST_HUMAN, DELETE, FALLBACK) and asks_for_a_call(text):
                # "could someone call me instead?": a referral, which the actions read as one.
                _set_intent(message, "affirm", 1.0)
            elif current == REQUEST_HUMAN and (
                wants_someone_to_talk_to(text) or not names_a_person(text)
            ):
                _demote(message, (REQUEST_HUMAN,))
            elif current == "stop" and p5_stop_not_trusted(text):
                # "...but never mind. Do many people fall for this?" asks; it does not stop.
                _demote(message, ("stop",))
            elif current == "goodbye" and n5_asks_something(text):  # -- round 44, helper N5 --
                # "how soon will someone call me?" is not a goodbye.
                _demote(message, ("goodbye",))
            elif current == "goodbye" and not p2_takes_leave(text):  # -- round 69, helper P2 --
                # "let me guess, another bot that'll tell me to call the police" (Jay's first
                # message) takes no leave: not a goodbye.
                _demote(message, ("goodbye",))
            elif current == "bot_challenge" and not asks_what_i_am(text):
                # "mate ive heard theres a mens advice line?" is not "are you a bot?".
                _demote(message, ("bot_challenge",))
            elif current in (FALLBACK, DELETE) and gives_consent_after_all(str(text or "")):
                # "you can keep it", as the no-storage message tells them to say: a yes (before
                # the check below, which would demote it to whatever came second).
                _set_intent(message, "affirm", 1.0)
            elif current == DELETE and (
                not erase_words(text)
                or not_our_data(text)
                or about_their_things(str(text or ""))
                or k78a_not_a_delete_request(text)  # k78a (round 78), Leah
                or h90c_image_takedown(text)  # h90c (round 90): Kayla's picture, not our data
            ):
                # "i want to delete all his texts": his, not this chat (round 29, Ellie).
                _demote(message, (DELETE,))
            elif current == FALLBACK and len(str(text or "").split()) >= LONG_MESSAGE_WORDS:
                # A long message the classifier cannot place is nearly always an account of
                # what happened: read it as one rather than say "I didn't understand".
                _set_intent(message, "inform", 1.0)
        return messages


def _set_intent(message: Message, name: str, confidence: float) -> None:
    predicted = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}
    message.set(INTENT, predicted, add_to_output=True)
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != name]
    message.set(INTENT_RANKING_KEY, [predicted, *ranking], add_to_output=True)


def _demote(message: Message, refused: tuple[str, ...]) -> None:
    """Take the classifier's best guess that is not one of ``refused`` (never danger or suicide,
    which only a pattern or a trusted guess may give); when that guess is only noise, read the
    message as an answer or an account (``inform``), which the form and the rules handle."""
    refused = (*refused, IN_DANGER, SELF_HARM)
    # -- round 45, helper P5 -- "And the cash? That was most of it. Sorry to be a nuisance."
    # (Irene) was guessed as suicide, and the guess after it, stop, ended the chat: a next guess
    # of stop or goodbye must pass the same checks as a first guess would.
    if p5_stop_not_trusted(message.get(TEXT)):
        refused = (*refused, "stop")
    if n5_asks_something(message.get(TEXT)) or not p2_takes_leave(message.get(TEXT)):
        refused = (*refused, "goodbye")  # -- round 69, helper P2 --: no leave taken, no goodbye
    if not erase_words(message.get(TEXT)):
        # The next guess is never erasure unless they said so: "yeah pass my details, text me
        # dont call" was asked "Do you want me to delete everything?" (round 32, Jamal).
        refused = (*refused, DELETE)
    ranking = [
        r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) not in refused
    ]
    if not ranking or float(ranking[0].get(PREDICTED_CONFIDENCE_KEY) or 0) < MIN_FALLBACK_GUESS:
        ranking = [{INTENT_NAME_KEY: "inform", PREDICTED_CONFIDENCE_KEY: 1.0}, *ranking]
    message.set(INTENT, dict(ranking[0]), add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
