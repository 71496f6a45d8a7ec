"""HealDesk: a private, encrypted, offline journal for working through conflicts."""

__version__ = "0.1.0"
APP_ID = "org.healdesk.HealDesk"
APP_NAME = "HealDesk"
