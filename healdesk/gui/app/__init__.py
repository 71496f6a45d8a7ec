"""Starting the app, the session's state machine, and locking (idle, screen lock, scrubbing)."""
