"""Care and safety: the check, the page that steps the repair flows back, the safety plan and
the break companion."""
