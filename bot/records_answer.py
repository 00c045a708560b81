"""Answers read from plan records (owners, milestones, must-dos); filled in by the plan-records work."""

from bot.answer import RecordAnswerer

RECORD_ANSWERERS: tuple[RecordAnswerer, ...] = ()
