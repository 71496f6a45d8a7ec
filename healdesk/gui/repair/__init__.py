"""Guided repair: the wizard, its fields, saved repairs, commitments, template import."""
