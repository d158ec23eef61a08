"""How to contact someone safely, said after their referral was passed on (round 39, helper F5):
"tell them if a woman answers just say wrong number", "Could you put that I'm hard of hearing so
they don't try to ring?", "the email wont say victim or police in the title right?".

Each instruction is kept with the referral as a code (slot ``contact_notes``), never as the
person's own words: the bot says it back in the words of ``SAID``, and the review app shows the
support worker the words of ``FOR_WORKER``. The bot (actions) and the review app both read this.
"""

from __future__ import annotations

# What the bot tells the person it has added: "I've added that to your request: ...".
SAID: dict[str, str] = {
    "wrong_number": "if someone else answers, they'll just say it's a wrong number",
    "not_say_who": "if someone else answers, they won't say who they are or why they're calling",
    "hard_of_hearing": "you're hard of hearing, so they won't try to ring you",
    # Plain itself: said on a phone someone may read.
    "plain": (
        "every message will be plain, with nothing that says what it's about, not even in an "
        "email's subject line"
    ),
    "not_family": "they'll contact only you, never your parents or family",
    "not_this_phone": "no support worker will message the phone you're using now",
    # -- round 59, helper f3 -- Pete: "if it's counselling I'm not interested".
    "no_counselling": "you don't want counselling",
    # -- round 62, helper h5 -- Mariam: "my friend amina phone ok? 07700 900577".
    "friends_phone": "the phone is a friend's, so they'll ask for you by name and say nothing else",
    # g89c (round 89) -- Hannah: "It is NOT my daughter's number, it is MY number".
    "own_phone": "the number is your own, so they'll ask for you, nobody else",
    # -- round 65, helper k3 -- Nikki: "anyway yes but i want galop not victim support".
    "named_service": "you asked for a particular service, and the support team will see which",
    # -- round 65, helper k5 -- Yusra: "not hard of hearing. i am Deaf", "deaf not disability
    # for me, deaf is my language", "he threat come to my flat. tell them".
    "deaf": "you're Deaf, so they won't try to ring you",
    "deaf_not_disability": "being Deaf is not down as a disability",
    "threat_home_he": "he has threatened to come to your home",
    "threat_home_she": "she has threatened to come to your home",
    "threat_home": "they have threatened to come to your home",
    # Rachel (r65c): Josh, 16, said "nah im good" to contact; then his mother asked for help.
    "young_person_said_no": "your child said no to being contacted, so this request is for you",
    # -- end of round 65, helper k5 --
    # -- round 67, helper m2 -- Winston, 80: "they got to speak up cos of my ears".
    "speak_up": "you're hard of hearing, so they should speak up and speak clearly when they ring",
    # -- end of round 67, helper m2 --
    # -- round 75, helper c75a -- Precious: "no texts", "they wont text me will they? not even
    # to say theyre calling", "please just make sure it says no texts. phone call only".
    "no_texts": "no texts, not even to say they're calling",
    # g76b (round 76) -- Bisi: "Phone call is best, or text if I don't pick up, I am on shift".
    "text_if_no_answer": "a text is fine if you don't pick up",
    # end g76b
    # k77b (round 77) -- Yasmin: "dont call, i live with my parents"; Becky: "dont ring from a
    # withheld number ill think its him"; Malcolm: "can they ring lisa too, the kids mum".
    "no_calls": "no phone calls",
    "not_withheld": "they shouldn't ring from a withheld number",
    # q94a (round 94): Naomi, by phone: "Text me first so I know it's you, like I said I don't
    # pick up unknown numbers": a text before the call, not contact by text.
    "text_first": "they'll text you first, so you know it's them, then call",
    "someone_else_too": "you asked if they can contact someone else too",
    # end k77b
    # k78a (round 78) -- Rose, for Elsie, 88: "please tell them Elsie is deaf and would really
    # like a home visit if possible"; Zoe, 14: "can they talk to my mum as well", "my mums number
    # is ... they can call her".
    "home_visit": "a home visit is wanted, if possible",
    # f96a (round 96): Jamal, 17: "take off the home visit thing i dont want that".
    "no_home_visit": "no home visit",
    "victim_deaf": (
        "the person it happened to is deaf or hard of hearing, so they shouldn't ring them"
    ),
    "parent_too": "you'd like them to talk to your parent too, with what you told me about them",
    # end k78a
    # m79d (round 79) -- Faisal, a witness: "yeah but dont say nothing about the stabbing in it
    # just say call back"; Bernadette, Deaf, by email: "Text also ok 07723 456 789 but NOT a call".
    "voicemail_call_back": "a voicemail will only ask you to call back, with nothing about why",
    "text_too": "texts are fine too, to the mobile number you gave, but never a call",
    # end m79d
    # n80c (round 80) -- Brian: "yes refer me but please not to the care agency".
    # As utter_m79d_who_gets_details: shared without their say-so only if someone is at risk.
    "not_care_agency": ("they won't contact the care agency, unless someone was at serious risk"),
    # q94c (round 94) -- Efua: "Yes you can pass my details but they must not go to the police".
    "not_police": "your details won't go to the police, unless someone is at serious risk",
    # end n80c
    # p81d (round 81) -- Ahmed: "text me whatsapp better", "whatsapp ok? not normal sms". Whether
    # a service can use WhatsApp is theirs to say: the wish is passed on, nothing promised.
    "whatsapp": (
        "you'd rather have WhatsApp than normal texts. I can't promise they can use it; if not, "
        "they'll text the number you gave"
    ),
    # end p81d
    # s83e (round 83) -- Rose, 71: "or my son Gary 07700 900312 if I dont answer".
    "second_number": (
        "a second number to try if they can't reach you, the one you gave in this chat"
    ),
    # end s83e
    # t84c (round 84): Wayne, "can you call jo instead. her number is 07700 900217".
    "supporter_number": "the number is your supporter's, so they'll contact them, not you",
    # end t84c
    # u86c (round 86): Stanley, 80: "not the house phone"; Wayne: "can they talk to jo too".
    "not_house_phone": "they won't ring your house phone",
    # k99c (round 99) -- Dev: "just no letters please", "no letters to my flat ok?".
    "no_post": "nothing should be sent by post to your address",
    "supporter_too": "you'd like the person you named with you too",
    # end u86c
    # i91d (round 91): Harjit, for his gurdwara: "Please note in the referral that it concerns
    # the whole congregation and that some elders need Punjabi".
    "community_affected": "it concerns the whole community or congregation, not only you",
    "others_interpreter": "some of the others affected would like an interpreter, not you",
    # end i91d
}

# What the support worker reads in the case's contact box, with the other instructions.
FOR_WORKER: dict[str, str] = {
    "wrong_number": "If someone else answers, say it's a wrong number; never say who you are.",
    "not_say_who": "If someone else answers, do not say who you are or why you are calling.",
    "hard_of_hearing": "They are deaf or hard of hearing: do not phone them.",
    "plain": (
        "Keep every message plain, the subject line too: no mention of victims, police, abuse "
        "or crime."
    ),
    "not_family": "Contact only them: never their parents or family.",
    "not_this_phone": (
        "Do not message the phone they chatted on (someone else may see it): use only the "
        "contact details they gave."
    ),
    # -- round 59, helper f3 -- Pete, burgled: "Yes pass my details on, but if it's counselling
    # I'm not interested", "I said I DON'T want counselling", "Not counselling.".
    "no_counselling": (
        "They do not want counselling: offer the practical help they asked for, and emotional "
        "support only if they ask."
    ),
    # -- round 62, helper h5 -- Mariam (r59a): "my friend amina phone ok? 07700 900577", "its my
    # friends phone"; Ines (r60c): "this phone is my friend phone, he dont know it".
    # g89c (round 89) -- Hannah, writing about her daughter Ellie (14): "It is NOT my daughter's
    # number, it is MY number. Ellie mustn't get a call about this before I've talked to her".
    "own_phone": (
        "They said the number is their own, not the person's they wrote about: ask for them, "
        "and do not ask to speak to anyone else."
    ),
    "friends_phone": (
        "They said the phone is a friend's (theirs may be watched or taken): ask for them by "
        "name, and if anyone else answers, do not say who you are or why you are calling."
    ),
    # -- round 65, helper k3 -- Nikki (r65c): "anyway yes but i want galop not victim support".
    "named_service": (
        "They asked to be referred to a particular service by name (see their words in the "
        "chat): refer them there if it fits, and do not offer one they said no to."
    ),
    # -- round 65, helper k5 -- Yusra (r65c), Deaf, BSL is her language.
    "deaf": "They are Deaf (their word): do not phone them; use text or email, and BSL if needed.",
    "deaf_not_disability": (
        "They said being Deaf is their language, not a disability: do not record it as one."
    ),
    "threat_home_he": "RISK: they told us he has threatened to come to their home.",
    "threat_home_she": "RISK: they told us she has threatened to come to their home.",
    "threat_home": "RISK: they told us the person has threatened to come to their home.",
    "young_person_said_no": (
        "The young person typed for a while and said no to being contacted; the parent then "
        "asked for support as a parent. Contact only the parent."
    ),
    # -- end of round 65, helper k5 --
    # -- round 67, helper m2 -- Winston (r67a), 80, hard of hearing but not Deaf, on a
    # neighbour's phone: "they got to speak up cos of my ears".
    "speak_up": (
        "They are hard of hearing but can use the phone: speak up, slowly and clearly. Do not "
        "switch to text only."
    ),
    # -- end of round 67, helper m2 --
    # -- round 75, helper c75a -- Precious (r75b), whose husband checks her phone at night.
    "no_texts": (
        "Do not text them, not even to say you are going to call: use only the way they chose."
    ),
    # g76b (round 76)
    "text_if_no_answer": "Phone first; if they don't pick up, a text is fine (they said so).",
    # end g76b
    # k77b (round 77)
    "no_calls": "Do not phone them: use only the way they chose (text or email).",
    # q94a (round 94): Naomi, "Text me first so I know it's you".
    "text_first": (
        "Text them first to say who you are, then call: they don't answer unknown numbers."
    ),
    "not_withheld": (
        "Do not ring from a withheld or private number: they said they would not answer it."
    ),
    "someone_else_too": (
        "They asked if you could also contact someone else (see the chat for who and why): talk "
        "it through with them; that person can also contact a service themselves."
    ),
    # end k77b
    # k78a (round 78)
    "home_visit": "They asked for a home visit if possible (see the chat for who and where).",
    # f96a (round 96): Jamal, 17, whose mum must not find out.
    "no_home_visit": "No home visit: they said they do not want anyone coming to their home.",
    "victim_deaf": (
        "The person it happened to is deaf or hard of hearing: do not phone them; contact the "
        "person who helped them, in the way chosen."
    ),
    "parent_too": (
        "They asked you to talk to their parent too (see the chat for the name and any number): "
        "talk it through with them first."
    ),
    # end k78a
    # m79d (round 79)
    "voicemail_call_back": (
        "A voicemail is fine, but only asking them to call back: say nothing about why, who you "
        "are with, or the crime."
    ),
    "text_too": (
        "Email is their first choice; texts are fine too, to the mobile number they gave in the "
        "chat. Never phone them."
    ),
    # end m79d
    # n80c (round 80)
    "not_care_agency": (
        "They asked us not to contact their care agency. Talk to them first about any worry for "
        "their safety."
    ),
    # end n80c
    # q94c (round 94)
    "not_police": (
        "They asked that their details not go to the police. Talk to them first about any worry "
        "for their safety."
    ),
    # p81d (round 81)
    "whatsapp": (
        "They asked for WhatsApp messages rather than normal texts (same number), if your service "
        "can use it; if not, text as usual."
    ),
    # end p81d
    # s83e (round 83)
    "second_number": (
        "They gave a second number, someone close to them, to try only if you can't reach them "
        "(see the chat for whose and the number). Contact them first, on their own number."
    ),
    # end s83e
    # t84c (round 84): Wayne, whose "mates" in his flat look at his phone: "call jo instead".
    "supporter_number": (
        "The number is not theirs: it is the supporter's they named (see the chat), whom they "
        "asked you to call instead. Do not contact them on their own phone."
    ),
    # end t84c
    # u86c (round 86): Stanley, 80, whose daughter is not to know, "not the house phone";
    # Wayne, 30, learning disability, "can they talk to jo too" (Jo, his support worker).
    "not_house_phone": (
        "Do not ring their house phone (landline): someone else may answer. Use only the number "
        "they gave."
    ),
    # k99c (round 99): Dev, whose family visit and do not know he is gay.
    "no_post": "Do not send anything by post to their address: family may see it.",
    "supporter_too": (
        "They would like someone they trust with them when you talk (named in the chat, e.g. a "
        "support worker or friend): arrange it with them."
    ),
    # end u86c
    # i91d (round 91): Harjit, writing for his gurdwara's committee after anti-Sikh graffiti.
    "community_affected": (
        "They told us this concerns a whole community or congregation, not only them (see the "
        "chat): talk with them about support for the others affected, who can also get support "
        "in their own right."
    ),
    "others_interpreter": (
        "Some of the others affected need an interpreter (see the chat for the language); the "
        "person themself did not ask for one."
    ),
    # end i91d
}

# Said while waiting for a person: "dont msg this phone". No worker may reply in the chat.
NO_REPLY_HERE = (
    "Do NOT reply in this chat: they asked us not to message this phone, because someone else "
    "may see it."
)


def for_worker(codes: object) -> list[str]:
    """The instructions a worker must read, in order, for the codes kept (unknown ones
    skipped)."""
    if not isinstance(codes, list | tuple):
        return []
    return [FOR_WORKER[code] for code in codes if code in FOR_WORKER]
