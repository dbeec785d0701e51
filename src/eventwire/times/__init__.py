"""Time expressions: find (``finder``), normalise against the publication date (``normalise``),
ranges and bounds (``ranges``), tense direction (``tense``), datelines (``dateline``) and event
dates (``attach``, ``event_dates``). The stage is ``eventwire.stages.times.TimeStage``."""
