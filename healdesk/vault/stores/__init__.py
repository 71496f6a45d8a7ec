"""The Journal and its stores: every SQL query and change the app and the commands make on an unlocked vault."""
