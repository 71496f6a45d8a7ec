"""The demo journal's sample sentences, in English; each is shown in the app's language.

Kept apart from healdesk.demo (which decides when things happen) so that translators find the
stories in one place. Every sentence is invented.
"""

from __future__ import annotations

from healdesk.i18n import N_

#: Holidays around which the in-laws come up (month, day) with the story told then.
HOLIDAYS = (
    (
        (12, 24),
        N_(
            "Christmas plans: Margaret expects us for the whole holiday again and Alex "
            "agreed before asking me. I felt left out of the decision."
        ),
    ),
    (
        (4, 1),
        N_(
            "Easter weekend with Margaret. She commented on how we raise the kids and I "
            "waited for Alex to say something, but Alex didn't."
        ),
    ),
    (
        (7, 15),
        N_(
            "The summer visit. Margaret rearranged the kitchen while we were out and I said "
            "something I regret at the table."
        ),
    ),
    (
        (11, 1),
        N_(
            "Margaret phoned about the holidays and asked why we never visit. I got "
            "defensive on the phone and Alex and I argued about it afterwards."
        ),
    ),
)
JONAS_STORIES = (
    N_("Jonas borrowed money again and forgot to mention it to me. I heard it from Mum."),
    N_("Jonas cancelled on Mum's birthday at the last minute and I let him have it on the phone."),
)


NOTES = (
    N_("Tight chest, wanted to leave the room."),
    N_("Mostly tired, and underneath that, lonely."),
    N_("I think I was angry at the day, not at Alex."),
    "",
    "",
)

#: Answers to the shipped "Repair after a fight" flow, by its step.field keys, so a demo repair
#: opens in the flow with its answers in place.
REPAIR_ANSWERS = {
    # Translators: {owned} is one of the "My part" words, e.g. "keeping score".
    "my-part.in-my-words": N_("I own the {owned}. It made things harder than they had to be."),
    "impact.impact": N_("I can see how, when I did that, it felt like I wasn't listening."),
    "ahead-differently.differently": N_("Take a breath and ask what is going on before I answer."),
}
#: By theme key (the journal stores the theme's name in the demo's language).
COMMITMENTS = {
    "chores": N_("Make a shared chores list on the fridge and look at it together on Sunday"),
    "money": N_(
        "Sit down for twenty minutes on the first weekend of the month to go through money"
    ),
    "screens and phones": N_("Phones in the basket during dinner, both of us"),
    "work": N_("Text Alex before six when I will be late"),
    "time together": N_("Book one evening a fortnight just for us"),
    "family and in-laws": N_("Agree together before saying yes to Margaret"),
}
