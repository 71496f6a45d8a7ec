"""Repairs: the guided flows (templates), a repair's draft, links and text, commitments and how follow-through went."""
