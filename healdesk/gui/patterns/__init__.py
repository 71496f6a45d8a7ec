"""Patterns on screen: the timeline, the insights panel and its charts."""
