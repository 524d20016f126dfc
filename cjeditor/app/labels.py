"""Translatable display names for the format's values (context "labels").

The format keeps English identifiers (`pain_point`, `ecommerce`); the UI shows
these names in the user's language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND_NAMES = {
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
    "touchpoint": QT_TRANSLATE_NOOP("labels", "Touchpoint"),
    "expectation": QT_TRANSLATE_NOOP("labels", "Expectation"),
    "emotion": QT_TRANSLATE_NOOP("labels", "Emotion"),
    "pain_point": QT_TRANSLATE_NOOP("labels", "Pain point"),
    "feedback": QT_TRANSLATE_NOOP("labels", "Feedback"),
    "opportunity": QT_TRANSLATE_NOOP("labels", "Opportunity"),
    "idea": QT_TRANSLATE_NOOP("labels", "Idea"),
    "metric": QT_TRANSLATE_NOOP("labels", "Metric"),
    "image": QT_TRANSLATE_NOOP("labels", "Image"),
}

LANE_TYPE_NAMES = {
    "objectives": QT_TRANSLATE_NOOP("labels", "Objectives"),
    "actions": QT_TRANSLATE_NOOP("labels", "Customer actions"),
    "touchpoints": QT_TRANSLATE_NOOP("labels", "Touchpoints"),
    "expectations": QT_TRANSLATE_NOOP("labels", "Expectations"),
    "thoughts": QT_TRANSLATE_NOOP("labels", "Thoughts"),
    "emotions": QT_TRANSLATE_NOOP("labels", "Emotions"),
    "pain_points": QT_TRANSLATE_NOOP("labels", "Pain points"),
    "feedback": QT_TRANSLATE_NOOP("labels", "Customer feedback"),
    "opportunities": QT_TRANSLATE_NOOP("labels", "Opportunities"),
    "ideas": QT_TRANSLATE_NOOP("labels", "Ideas and experiments"),
    "metrics": QT_TRANSLATE_NOOP("labels", "Metrics"),
    "backstage": QT_TRANSLATE_NOOP("labels", "Backstage processes"),
    "images": QT_TRANSLATE_NOOP("labels", "Images"),
    "notes": QT_TRANSLATE_NOOP("labels", "Notes"),
}

# Touchpoint channels, grouped as in the method (seed 002) plus common channels.
CHANNEL_GROUPS = (
    (QT_TRANSLATE_NOOP("labels", "Before buying"),
     ("social", "ads", "content", "event", "referral")),
    (QT_TRANSLATE_NOOP("labels", "While buying"),
     ("sales_rep", "catalog", "ecommerce", "reviews", "point_of_sale")),
    (QT_TRANSLATE_NOOP("labels", "After buying"),
     ("thank_you", "survey", "email", "billing", "subscription")),
    (QT_TRANSLATE_NOOP("labels", "Customer service"),
     ("support", "success_program", "onboarding", "loyalty", "self_service")),
    (QT_TRANSLATE_NOOP("labels", "Common channels"),
     ("website", "whatsapp", "instagram", "facebook", "phone", "store", "app", "other")),
)  # fmt: skip

CHANNEL_NAMES = {
    "social": QT_TRANSLATE_NOOP("labels", "Social networks"),
    "ads": QT_TRANSLATE_NOOP("labels", "Online ads"),
    "content": QT_TRANSLATE_NOOP("labels", "Marketing content"),
    "event": QT_TRANSLATE_NOOP("labels", "Company events"),
    "referral": QT_TRANSLATE_NOOP("labels", "Peer referral"),
    "sales_rep": QT_TRANSLATE_NOOP("labels", "Company staff"),
    "catalog": QT_TRANSLATE_NOOP("labels", "Product catalogue"),
    "ecommerce": QT_TRANSLATE_NOOP("labels", "E-commerce"),
    "reviews": QT_TRANSLATE_NOOP("labels", "Product reviews"),
    "point_of_sale": QT_TRANSLATE_NOOP("labels", "Point of sale"),
    "thank_you": QT_TRANSLATE_NOOP("labels", "Thank-you letter"),
    "survey": QT_TRANSLATE_NOOP("labels", "Feedback survey"),
    "email": QT_TRANSLATE_NOOP("labels", "Email"),
    "billing": QT_TRANSLATE_NOOP("labels", "Billing"),
    "subscription": QT_TRANSLATE_NOOP("labels", "Subscription renewal"),
    "support": QT_TRANSLATE_NOOP("labels", "Support channels"),
    "success_program": QT_TRANSLATE_NOOP("labels", "Customer success programme"),
    "onboarding": QT_TRANSLATE_NOOP("labels", "Onboarding"),
    "loyalty": QT_TRANSLATE_NOOP("labels", "Loyalty programme"),
    "self_service": QT_TRANSLATE_NOOP("labels", "Self-service resources"),
    "website": QT_TRANSLATE_NOOP("labels", "Website"),
    "whatsapp": QT_TRANSLATE_NOOP("labels", "WhatsApp"),
    "instagram": QT_TRANSLATE_NOOP("labels", "Instagram"),
    "facebook": QT_TRANSLATE_NOOP("labels", "Facebook"),
    "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "store": QT_TRANSLATE_NOOP("labels", "Physical store"),
    "app": QT_TRANSLATE_NOOP("labels", "Mobile app"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}

# Values of the enumerated card and stage fields, keyed by field name.
VALUE_NAMES = {
    "evidence": {
        "observed": QT_TRANSLATE_NOOP("labels", "Observed"),
        "assumed": QT_TRANSLATE_NOOP("labels", "Assumed"),
    },
    "initiative": {
        "proactive": QT_TRANSLATE_NOOP("labels", "Proactive"),
        "reactive": QT_TRANSLATE_NOOP("labels", "Reactive"),
    },
    "met": {
        "yes": QT_TRANSLATE_NOOP("labels", "Met"),
        "partly": QT_TRANSLATE_NOOP("labels", "Partly met"),
        "no": QT_TRANSLATE_NOOP("labels", "Not met"),
    },
    "source": {
        "survey": QT_TRANSLATE_NOOP("labels", "Survey"),
        "review": QT_TRANSLATE_NOOP("labels", "Review"),
        "social": QT_TRANSLATE_NOOP("labels", "Social media"),
        "support": QT_TRANSLATE_NOOP("labels", "Support call"),
        "interview": QT_TRANSLATE_NOOP("labels", "Interview"),
        "analytics": QT_TRANSLATE_NOOP("labels", "Web analytics"),
        "call": QT_TRANSLATE_NOOP("labels", "Follow-up call"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "status": {
        "idea": QT_TRANSLATE_NOOP("labels", "Idea"),
        "running": QT_TRANSLATE_NOOP("labels", "Running"),
        "validated": QT_TRANSLATE_NOOP("labels", "Validated"),
        "invalidated": QT_TRANSLATE_NOOP("labels", "Invalidated"),
    },
    "measure": {
        "cost": QT_TRANSLATE_NOOP("labels", "Cost"),
        "time": QT_TRANSLATE_NOOP("labels", "Time"),
        "customers": QT_TRANSLATE_NOOP("labels", "Customers"),
        "rate": QT_TRANSLATE_NOOP("labels", "Rate"),
        "score": QT_TRANSLATE_NOOP("labels", "Score"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
    "moment": {
        "zmot": QT_TRANSLATE_NOOP("labels", "ZMOT: zero moment of truth"),
        "fmot": QT_TRANSLATE_NOOP("labels", "FMOT: first moment of truth"),
        "amot": QT_TRANSLATE_NOOP("labels", "AMOT: waiting for delivery"),
        "smot": QT_TRANSLATE_NOOP("labels", "SMOT: second moment of truth"),
        "tmot": QT_TRANSLATE_NOOP("labels", "TMOT: third moment of truth"),
    },
}

FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("labels", "Title"),
    "text": QT_TRANSLATE_NOOP("labels", "Text"),
    "evidence": QT_TRANSLATE_NOOP("labels", "Evidence"),
    "color": QT_TRANSLATE_NOOP("labels", "Colour"),
    "tags": QT_TRANSLATE_NOOP("labels", "Tags"),
    "span": QT_TRANSLATE_NOOP("labels", "Span (stages)"),
    "channel": QT_TRANSLATE_NOOP("labels", "Channel"),
    "channel_label": QT_TRANSLATE_NOOP("labels", "Channel label"),
    "initiative": QT_TRANSLATE_NOOP("labels", "Initiative"),
    "decision_point": QT_TRANSLATE_NOOP("labels", "Decision point"),
    "met": QT_TRANSLATE_NOOP("labels", "Met?"),
    "score": QT_TRANSLATE_NOOP("labels", "Score"),
    "emoji": QT_TRANSLATE_NOOP("labels", "Emoji"),
    "severity": QT_TRANSLATE_NOOP("labels", "Severity"),
    "source": QT_TRANSLATE_NOOP("labels", "Source"),
    "addresses": QT_TRANSLATE_NOOP("labels", "Answers pain points"),
    "priority": QT_TRANSLATE_NOOP("labels", "Priority"),
    "hypothesis": QT_TRANSLATE_NOOP("labels", "Hypothesis"),
    "measure": QT_TRANSLATE_NOOP("labels", "Measure"),
    "status": QT_TRANSLATE_NOOP("labels", "Status"),
    "value": QT_TRANSLATE_NOOP("labels", "Value"),
    "unit": QT_TRANSLATE_NOOP("labels", "Unit"),
    "asset": QT_TRANSLATE_NOOP("labels", "Picture"),
    "name": QT_TRANSLATE_NOOP("labels", "Name"),
    "description": QT_TRANSLATE_NOOP("labels", "Description"),
    "phase": QT_TRANSLATE_NOOP("labels", "Phase"),
    "moment": QT_TRANSLATE_NOOP("labels", "Moment of truth"),
    "width": QT_TRANSLATE_NOOP("labels", "Width"),
    "type": QT_TRANSLATE_NOOP("labels", "Lane type"),
    "persona": QT_TRANSLATE_NOOP("labels", "Persona"),
    "collapsed": QT_TRANSLATE_NOOP("labels", "Collapsed"),
    "stage": QT_TRANSLATE_NOOP("labels", "Stage"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES.get(kind, kind))


def lane_type_name(lane_type: str) -> str:
    return tr(LANE_TYPE_NAMES.get(lane_type, lane_type))


def channel_name(channel: str) -> str:
    return tr(CHANNEL_NAMES.get(channel, channel))


def value_name(field: str, value: str) -> str:
    return tr(VALUE_NAMES.get(field, {}).get(value, value))


def field_name(field: str) -> str:
    return tr(FIELD_NAMES.get(field, field.replace("_", " ").capitalize()))
