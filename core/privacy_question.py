"""Whether a message asks who can see this chat: the bot and the actions both need to know, so
a privacy question is answered whatever the classifier made of it."""

from __future__ import annotations

import re

from core.vocabulary import plain

_PRIVACY_QUESTION = re.compile(
    # g96e (round 96): not "is it safe to stay here", "is it safe for me to stay in my flat"
    # (Cerys, whose street was posted online): her safety at home, not this chat's.
    r"\b(?:is (?:this|it|that) (?:private|confidential|secret|anonymous|safe(?! (?:for (?:me|us|"
    r"my \w+) )?to (?:stay|go|sleep|live|be|return|leave|move)\b))|who (?:can|will|"
    r"could) (?:see|read)|^who (?:sees|reads|gets to see|looks at) (?:it|this|these|that|my|the)|"
    r"(?:can|will|could|would) (?:he|she|they|anyone|anybody|someone|my "
    r"\w+) (?:be able to )?(?:see(?! me (?:in|at) court)|read|find out|know|tell(?! me\b))|"
    r"(?:you|u) (?:dont |do not |wont |will not )?(?:tell|inform|call) (?:the )?(?:police|feds|"
    r"cops)|"
    # "does it go to feds? i aint snitching", "do the police see this" (round 29, Leon).
    r"(?:does|do|will|would) (?:this|it|these|that|my \w+) (?:go|get sent|get passed|get "
    r"reported) to (?:the )?(?:police|feds|cops|met|old bill)|"
    # v86c2 (round 86): "is this gonna go to feds tho" (Leon, at the consent question).
    r"(?:is |will )?(?:this|it|that|this chat) (?:gonna|gunna|gona|going to) (?:go|get sent|get "
    r"passed|be sent|be passed) (?:to|2) (?:the )?(?:police|feds|cops|met|old bill)|"
    # "does it go to my parents or anything. they cant know" (round 39, Jordan, 17).
    r"(?:does|do|will|would) (?:this|it|these|that|anything) (?:go|get sent|get passed|get "
    r"told|get back) to (?:my )?(?:parents|mum|mom|dad|family|school|college|work|boss)|"
    r"(?:do|does|will|would|can|could) "
    r"(?:the )?(?:police|feds|cops|met|old bill) (?:see|read|get|know about) (?:this|it|these|"
    r"that|what i)|(?:checks|goes through|"
    r"looks at|reads) my (?:phone|messages|texts)|will (?:it|this) show|do you (?:tell|share|pass)|"
    r"(?<!i )(?<!we )(?:tell|inform) (?:the police|social services|my \w+)|"
    r"(?:should|shall|can|do|must) i (?:need to |have to )?"
    r"(?:delete|clear|hide|wipe) (?:these|the|this|our|my|them|it)(?: \w+)?(?: (?:messages|"
    r"texts|chat|conversation|history))?|(?:delete|clear|hide|wipe) (?:these|the|this|them|it)"
    r"(?: \w+)? (?:off|from) my phone|"
    # -- round 55, helper C4 -- "can you delete this chat later on or is it kept" (Zara), "how i
    # delete this chat from phone after" (Amira): questions about deleting, not requests.
    r"(?:delete|erase|wipe)\b.{0,40}\bor (?:is it|is this|are they|will it be|do you) (?:kept|"
    r"keep\w*|stored|stor\w*|saved)|how (?:do |can |should |to )?(?:i |we )?(?:delete|clear|wipe) "
    r"(?:this|the|our) (?:chat|conversation|messages) (?:from|off|on) (?:my |the )?phone|"
    # g96e (round 96): Ines, "sim, ok. but my manager cannot see this? I don't want problems
    # with the job": asked as a statement.
    r"(?:my|the) (?:manager|boss|employer|supervisor|work|job|hotel|company|husband|wife|partner|"
    r"family|parents|mum|mom|dad) (?:cannot|can not|cant|can t|wont|will not|doesnt|does not) "
    r"(?:see|read|know about) (?:this|it|these|that|what i)\b|"
    # j91f (round 91): "Yes that is alright I suppose. Nobody else will see it will they? My
    # husband does not know." (Margaret, at the consent question).
    r"(?:nobody|no one|noone|no body) else (?:will|can|could|would|is going to|gonna) (?:ever )?"
    r"(?:see|read) (?:it|this|that|them|these|my|what i)|"
    # j91f (round 91): Oliver, before saying yes to a referral: "could any of this be shown to
    # the family court or to her?", "Will my ex or her solicitor ever see what I've written here?"
    r"(?:can|could|will|would|might) (?:my |the |her |his )?\w+ or (?:my |the |her |his )?\w+ "
    r"(?:ever |be able to )?(?:see|read) (?:this|it|these|that|what (?:i|ive|i have))\b|"
    r"(?:can|could|will|would|might) (?:any of )?(?:this|it|these|that|what i (?:say|said|write|"
    r"wrote|ve written|have written)) (?:ever )?(?:be|get) (?:shown|given|passed|sent|handed|read "
    r"out) (?:to|in) (?:the |a |my |her |his )?(?:family court|court|judge|her|him|them|my ex|"
    r"solicitor|lawyer|cafcass)|"
    # "does my ex find out i contacted you?"
    r"(?:will|would|does|do|can|could) (?:my |the )?(?:\w+ ){0,2}(?:find out|know|see) (?:that )?"
    r"(?:i|im|i am|ive) (?:contacted|messaged|texted|talked to|spoke to|wrote to|talking to|"
    r"been talking to) (?:you|this|here|u))\b"
)


# -- round 41, helper J7 --: "Will my employer be informed of anything I say here?", "I would
# prefer my employer not to become aware of this conversation" (Amira, before saying yes to
# keeping the chat; told "I can't answer" twice). Not the police or a court finding out.
_J7_WORK_TOLD = re.compile(
    r"\b(?:will|would|could|can|does|do|might|is) (?:my |the )?(?:employer|boss|manager|line "
    r"manager|work|company|hr|workplace|colleagues?|office)\b.{0,20}\b(?:be (?:informed|told|"
    r"notified|contacted|made aware)|find out|become aware|get told|hear about|know about|going "
    r"to know)\b|\b(?:prefer|want|rather|like) (?:for )?my (?:employer|boss|manager|line manager|"
    r"work|company|colleagues?) (?:not to|to not|didnt|doesnt|wont|never) (?:become aware|find "
    r"out|know|see|hear)\b|\bwho (?:are|is) (?:the|your) support team\b|\bwho the support team "
    r"(?:are|is)\b"
)
_J7_POLICE_OR_COURT = re.compile(
    r"\b(?:police|court|trial|report|reported|reporting|cps|statement|officer)\b"
)


# -- round 56, helper D2 --: "a woman obviously. why do you keep saying delete messages?? answer
# my question" (Lorraine) was read as a request to erase everything ("This can't be undone"),
# and her answer was lost; "Why did you say delete the messages? Nobody looks at my phone"
# (Gloria, 66) got a line about keeping evidence. A question about the bot's advice to delete
# is a privacy question, never a request.
_D2_WHY_DELETE = re.compile(
    r"\bwhy (?:do|did|does|are|would|d|have|re|is) (?:you|u|it|the bot|this)(?: keep| always| "
    r"still)? (?:say|said|saying|says|tell|telling|told|ask|asking|asked|mention\w*|go on about|"
    r"going on about|talk\w* about)(?: me)?(?: to)?(?: about)? (?:delet\w*|clear\w*|wip\w*|"
    r"eras\w*)\b|"
    r"\bwhy (?:should|would|do|must|shall) i (?:need to |have to )?(?:delete|clear|wipe|erase) "
    r"(?:the|these|this|our|them|my|it)\b(?! (?:\w+ )?(?:photos?|pictures?|pics|posts?|accounts?|"
    r"profiles?))|\bwhat (?:do|did) (?:you|u) mean(?: by)? (?:delet\w*|clear\w*|wip\w*)\b|"
    r"\bwhy (?:delete|deleting|clear|wipe) (?:the |these |this |our |my )?(?:messages?|texts?|chat|"
    r"conversation|msgs?)\b|\b(?:whats|what is) (?:this|that|all this|all that) (?:about )?"
    r"(?:delet\w*|wip\w*)\b"
)


def d2_asks_why_delete(text: str) -> bool:
    """ "why do you keep saying delete messages??", "Why did you say delete the messages?" """
    return bool(_D2_WHY_DELETE.search(plain(text)))


# -- end of round 56, helper D2 --


def asks_about_privacy(text: str) -> bool:
    """Whether the message asks who can see this chat (or says someone checks their phone),
    in any of its sentences ("i dont know. who sees it? i havent told anyone")."""
    if d2_asks_why_delete(text):
        return True  # -- round 56, helper D2 --
    sentences = [plain(part) for part in re.split(r"[.!?]+", text)]
    if _J7_WORK_TOLD.search(plain(text)) and not _J7_POLICE_OR_COURT.search(plain(text)):
        return True
    return any(_PRIVACY_QUESTION.search(words) for words in (plain(text), *sentences) if words)


# Messages, photos or posts from the person who did it, which may be evidence: "ok. i keep the
# messages? i delete them?" about a groomer's messages is not a request to erase our records.
_THEIR_MESSAGES = re.compile(
    r"\bscreenshot (?:everything|it all|them all|all of it)\b|"
    # -- round 37 -- "should i be keeping screenshots of all the posts and the new accounts?"
    # (Hannah, stalked online by her ex).
    r"\b(?:keep|keeping|save|saving|take|taking) (?:screenshots?|screen shots?|screengrabs?|"
    r"copies|a copy|a record) of (?:all )?(?:of )?(?:the |his |her |their |them|these|those)"
    r"(?:\w+ )?(?:messages?|texts?|posts?|accounts?|comments?|photos?|pictures?|pics|emails?|"
    r"dms|videos?|them)?\b|"
    r"\b(?:keep|delete|save|screenshot|get rid of|wipe)\b.{0,40}\b(?:messages?|texts?|photos?|"
    r"pictures?|pics|screenshots?|posts?|videos?|voicemails?|emails?)\b.{0,40}\b(?:from (?:him|"
    r"her|them|the man|the person|that man)|(?:he|she|they) (?:sent|posted)|on (?:my |her |his )?"
    r"(?:daughters?|sons?|childs?|kids?) phone)|\bi (?:keep|delete) (?:them|the messages|the "
    r"texts|it)\b|\b(?:keep|delete) or (?:keep|delete)\b"
)


# -- round 29, helper M --
# "should i block him and delete all his messages?", "can i get the account deleted?": deleting
# someone else's messages, photos or account, which may be evidence, is not erasing this chat.
_THEIR_THINGS = re.compile(
    r"\b(?:delete|deleting|get rid of|wipe|clear|remove|erase)\b (?:all |every )?(?:of )?"
    r"(?:his|her|their|the|them|those|these|that|that mans|the mans) (?:\w+ )?(?:messages?|"
    r"texts?|photos?|pictures?|pics|screenshots?|posts?|videos?|voicemails?|emails?|dms|"
    r"accounts?|profiles?|comments?|number|contact)\b|"
    r"\b(?:get|have|make) (?:the|his|her|their|that) (?:\w+ )?(?:account|profile|page|photos?|"
    r"pics|pictures?|posts?|videos?|messages?) (?:deleted|removed|taken down|wiped)\b|"
    # k99a (round 99): Priya, stalked by her ex: "should i keep the messages he sends or delete
    # them" was asked "Do you want me to delete everything from this conversation?".
    r"\b(?:keep|save|screenshot)\b (?:all )?(?:of )?(?:the|his|her|their|them|those|these) "
    r"(?:\w+ )?(?:messages?|texts?|photos?|pictures?|pics|voicemails?|emails?|dms)\b "
    r"(?:(?:that|which) )?"
    r"(?:he|she|they) (?:sends?|sent|posts?|posted|writes?|wrote|leaves?|left)\b"
)


# Only things said to be theirs ("his messages"): "should i delete these messages?" may be
# about this chat, and "get the photos taken down" is answered as a takedown.
_HIS_MESSAGES = re.compile(
    r"\b(?:delete|deleting|get rid of|wipe|clear|remove|erase)\b (?:all |every )?(?:of )?"
    r"(?:his|her|their|that mans|the mans) (?:\w+ )?(?:messages?|texts?|photos?|pictures?|pics|"
    r"screenshots?|voicemails?|emails?|dms|comments?)\b"
)


def asks_about_keeping_evidence(text: str) -> bool:
    words = plain(text)
    return "?" in text and bool(_THEIR_MESSAGES.search(words) or _HIS_MESSAGES.search(words))


def about_their_things(text: str) -> bool:
    """Deleting someone else's messages, photos or account, said with or without a question
    (for the delete-my-data check: that is not erasing this chat)."""
    return bool(_THEIR_THINGS.search(plain(text)))


# Keeping the chat after all, said after a no: "ok you can keep my data", "you can keep it".
_KEEP_IT = re.compile(
    r"\b(?:(?:you|u) can (?:keep|store|save)\b(?! (?:nothing|none))|(?:ok|okay|yes|fine) keep "
    r"(?:it|my|the|this)|i (?:do )?(?:agree|consent) (?:now|after all|to (?:you )?keep\w*)|"
    r"changed my mind (?:you can|keep|about keeping))"
)


def gives_consent_after_all(text: str) -> bool:
    # -- round 75, helper b75a --: "keep it, as long as nobody at work sees" (a condition).
    return bool(_KEEP_IT.search(plain(text))) or b75a_keeps_it_on_condition(text)


# -- round 75, helper b75a --
# Sofia (round 74), asked whether we may keep her answers: "you can keep it. but only if nobody
# from the restaurant can find it". A yes with a condition on who can see what is kept is a yes,
# and the condition gets its true answer (only our support team can see it). A condition that is
# not about who sees it ("only if I have to, and I don't want to") is no such yes.
_B75A_CONDITION = re.compile(
    r"\b(?:only if|as long as|so long as|providing|provided(?: that)?|on (?:the )?condition(?: "
    r"that)?|if (?=nobody|no one|noone|no body|it stays|its private|it is private|its kept|it is "
    r"kept))\b"
)
# Said as nobody (else) seeing it: "nobody ... can find it", "my manager cant see it", "only you".
_B75A_NOBODY = (
    r"(?:nobody|no one|noone|no body|not|never|dont|doesnt|didnt|cant|cannot|wont|isnt|aint|only)"
)
_B75A_SEES = (
    r"(?:see|sees|seeing|seen|read|reads|reading|find|finds|finding|found|know|knows|knowing|"
    r"look|looks|access|get hold|hear|hears|tell|tells|told|share|shares|shared|pass|passes|"
    r"passed|show|shows|shown|get it|gets it|get told|gets told|find out|finds out)"
)
_B75A_WHO_SEES = re.compile(
    rf"\b{_B75A_NOBODY}\b(?: \w+){{0,6}} {_B75A_SEES}\b|\b(?:private|confidential|anonymous|"
    r"secret|between us|just you|only you|only (?:the|your) (?:support )?team)\b"
)


def b75a_condition(words: str) -> re.Match[str] | None:
    """The condition on who sees it, in plain words ("only if nobody ... can find it")."""
    for found in _B75A_CONDITION.finditer(words):
        if _B75A_WHO_SEES.search(words[found.end() :]):
            return found
    return None


def b75a_condition_on_who_sees(text: str) -> bool:
    """ "you can keep it. but only if nobody from the restaurant can find it" """
    return any(b75a_condition(plain(part)) for part in re.split(r"[.!?\n]+", text) if part)


def b75a_keeps_it_on_condition(text: str) -> bool:
    """After a no: "keep it, as long as nobody at the restaurant sees" keeps it after all."""
    words = plain(text)
    found = b75a_condition(words)
    if found is None:
        return False
    return bool(
        re.search(
            r"\b(?:keep|store|save) (?:it|them|this|my \w+|the chat|the answers)\b",
            words[: found.start()],
        )
    )


# -- end of round 75, helper b75a --


# k78a (round 78) -- Leah: "ok I'll stop deleting them. should I tell the gym staff about her?"
# (the messages her ex sends) and "is my request for someone to email me still there? you didn't
# delete it right" were each met with "Do you want me to delete everything?". Their own habit of
# deleting something, and asking whether we deleted, are not asking us to erase this chat.
_K78A_OWN_DELETING = re.compile(
    r"\b(?:stop|stopped|quit|keep|kept|been|was|were|start|started|carry on|go on) (?:deleting|"
    r"wiping|clearing|erasing|removing)\b"
)
_K78A_ASKS_IF_DELETED = re.compile(
    r"\b(?:you|u) (?:didnt|did not|didn t|havent|have not|haven t|hadnt|never|wont|will not|"
    r"won t) (?:\w+ )?(?:delete|deleted|erase|erased|wipe|wiped|remove|removed)\b|"
    r"\bdid (?:you|u) (?:\w+ )?(?:delete|erase|wipe|remove)\b|"
    r"\b(?:has|have|was|were|is|got) (?:it|that|this|they|my \w+|the \w+)(?: \w+)? (?:been |got "
    r")?(?:deleted|erased|wiped|removed|cancelled)\b"
)


def k78a_not_a_delete_request(text: str | None) -> bool:
    """ "I'll stop deleting them", "you didn't delete it right": not "delete my data"."""
    words = (text or "").lower().replace("\u2019", "'").replace("'", "")
    return bool(_K78A_OWN_DELETING.search(words) or _K78A_ASKS_IF_DELETED.search(words))


# end k78a


# h90c (round 90): Kayla, 17, an AI fake nude of her shared: "how do i actually get it deleted
# off everyones phones, its in like 4 group chats" was asked "delete everything from this
# conversation?". Getting an image deleted off other people's phones or chats is a takedown, not
# erasing our records ("delete my data", "delete this chat" still are).
_H90C_IMAGE = (
    r"(?:it|them|that|this|those|these|the (?:\w+ )?(?:pic|pics|picture|pictures|photo|photos|"
    r"image|images|video|videos|vid|vids|nude|nudes|fake|post|posts))"
)
_H90C_TAKEDOWN = re.compile(
    r"\b(?:get|getting|have|make|got)\s+" + _H90C_IMAGE + r"\s+(?:deleted|removed|taken down|"
    r"taken off|wiped)\b(?! (?:from|off) (?:this|here|the bot|your|ur)\b)|"
    r"\b(?:delet\w*|remov\w*|wip\w*|get rid of|tak\w* (?:it |them )?(?:down|off))\b.{0,40}"
    r"\b(?:off|from|on|in) (?:all |the |like \d+ |\d+ )?(?:(?:every(?:one|body)s?|their|peoples|"
    r"other|his|her|the group|group) (?:phones?|chats?)|group ?chats?|gcs?|snap\w*|whatsapp|"
    r"insta\w*|tiktok|the internet|online|social media|socials)\b"
)


def h90c_image_takedown(text: str | None) -> bool:
    """Getting a picture deleted off other people's phones or group chats: not "delete my data"."""
    return bool(_H90C_TAKEDOWN.search(plain(text or "")))
