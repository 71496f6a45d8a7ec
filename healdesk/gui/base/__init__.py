"""What every screen stands on: prompts, background jobs, showing windows, palette, identity."""
