"""Names from the bot's public contract (shared/contract.md) that several modules check against.

The actions, the form's validator and the referral directory all need the same canonical values;
they live here once.
"""

from __future__ import annotations

CRIME_TYPES = frozenset(
    {
        "domestic_abuse",
        "sexual_offence",
        "stalking_harassment",
        "assault",
        "serious_violence",
        "attempted_murder",
        "homicide",
        "robbery",
        "burglary",
        "theft",
        "fraud",
        "criminal_damage",
        "arson",
        "kidnap_false_imprisonment",
        "human_trafficking",
        "terrorism",
        "online_abuse",
        "other",
    }
)
LONDON_BOROUGHS = frozenset(
    {
        "barking and dagenham",
        "barnet",
        "bexley",
        "brent",
        "bromley",
        "camden",
        "city of london",
        "croydon",
        "ealing",
        "enfield",
        "greenwich",
        "hackney",
        "hammersmith and fulham",
        "haringey",
        "harrow",
        "havering",
        "hillingdon",
        "hounslow",
        "islington",
        "kensington and chelsea",
        "kingston upon thames",
        "lambeth",
        "lewisham",
        "merton",
        "newham",
        "redbridge",
        "richmond upon thames",
        "southwark",
        "sutton",
        "tower hamlets",
        "waltham forest",
        "wandsworth",
        "westminster",
    }
)
HATE_STRANDS = frozenset(
    {"race", "religion", "sexual_orientation", "disability", "transgender_identity"}
)
NEEDS = frozenset(
    {
        "safety",
        "health",
        "emotional",
        "practical",
        "information",
        "court",
        "compensation",
        "communication",
    }
)
RELATIONSHIPS = frozenset(
    {"partner_or_ex", "family_member", "someone_known", "stranger", "unknown"}
)
COMMUNITIES = frozenset({"lgbt", "muslim", "jewish", "deaf"})

# The referral and how to make contact: the last questions of the form, stored with the case.
REFERRAL_SLOTS: tuple[str, ...] = (
    "referral_consent",
    "contact_safe",
    "contact_method",
    "contact_times",
    "voicemail_ok",
    "contact_details",
)
# The needs-assessment form's slots, in the order the form asks them (bot/domain/forms.yml).
FORM_SLOTS: tuple[str, ...] = (
    "consent",
    "in_danger",
    "crime_type",
    "bereaved",
    "reported_to_police",
    "age",
    "under_18",
    "relationship_to_offender",
    "repeat_victimisation",
    "hate_motivated",
    "impairment",
    "fear_of_giving_evidence",
    "needs",
    "language",
    "borough",
    "gender",
    *REFERRAL_SLOTS,
)

# Our own additions to the contract (shared/contract.md allows new slots): facts read from a
# person's account that change what they are entitled to or which services fit them. The slot
# ``account_details`` holds any of these; the rules (core/victims_code.yml) and the matcher
# (referrals/matching.py) read them.
ACCOUNT_DETAILS = frozenset(
    {
        "someone_died",  # the crime caused a death (asks, with care, whether a close relative)
        "weapon",  # a weapon was used or shown
        "injured",  # the person was hurt
        "serious_injury",  # serious or lasting injuries (wounding, GBH)
        "life_endangered",  # e.g. a fire set at a home with people inside
        "economic",  # money, cards, benefits or property taken or controlled
        "forced_marriage",
        "honour_based",
        "intimate_images",  # intimate images shared or threatened without consent
        "carer",  # the person who did it is their carer
        "child_witness",  # a child saw or heard domestic abuse at home
        "as_a_child",  # it happened when the person was a child (under 16), years ago
        "online",  # it happened online or by phone
        "identity_fraud",  # loans, credit or accounts opened in the person's name
        # they saw a crime happen to someone else, and were not hurt themselves (a victim too
        # if it harmed them, Victims and Prisoners Act 2024 s.1(2)(a); threats to them for
        # telling the police are intimidation)
        "witness",
        "card_taken",  # a bank card or PIN taken or handed over (unauthorised payments)
        "pregnant",  # the person it happened to is pregnant (pain later goes to maternity care)
        "dog_attack",  # a dog attacked them (its owner may have committed a crime)
        "exposure",  # someone exposed themselves to them (a crime without touching)
    }
)
# The slot ``gender``, asked only when it changes which services fit.
GENDERS = frozenset({"woman", "man", "non_binary"})
